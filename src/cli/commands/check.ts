import { analyzeChain } from '../../core/analysis/engine';
import { verdictRank, type Verdict } from '../../core/analysis/types';
import { parseCommandArgs, readChoice, readDurationFlag } from '../args';
import { formatDiagnostic } from '../format/diagnostics';
import { createPaint, shouldColour } from '../format/colour';
import type { CheckResult } from '../../core/report/check-result';
import { formatCheckJson } from '../../core/report/json';
import { formatCheckMarkdown } from '../../core/report/markdown';
import { formatCheckSarif } from '../format/sarif';
import { formatCheckText } from '../format/text';
import { loadAnalysableChain } from '../analysable-chain';
import { DEFAULT_BASE } from './url';
import type { CliIo } from '../io';
import { failUsage } from '../usage-error';

const FORMATS = ['text', 'json', 'markdown', 'html', 'sarif'] as const;
const FAIL_ON = ['risk', 'warn'] as const;

export const CHECK_HELP = `Usage: timeout-chain check [options] <input>...

Judges every hop of a request chain for the keep-alive race and prints a fix plan.
Inputs, in chain order from the client end:
  tech:<id>[@version]   a technology at its defaults (e.g. tech:aws-alb, tech:nginx@1.29.7)
  <file>.chain.yaml     a chain file (docs/chain-file.md)
  <config file>         nginx.conf, application.yml, server.xml, Go code… (format detected)
  -                     read one of the above from stdin

Options:
  --format <f>      text (default), json, markdown, html (a self-contained review page) or sarif
  --fail-on <v>     exit 1 when a hop's verdict is at or above: risk (default) or warn
  --rtt <duration>  round-trip time of links no chain file describes (default 1ms)
  --margin <dur>    safety allowance in the required margin (default 1s)
  -h, --help        show this help

Exit codes: 0 no hop at or above --fail-on, 1 some hop is, 2 usage error or unreadable input.
Example: timeout-chain check tech:aws-alb tech:node-http-server
`;

const FORMATTERS = {
  json: formatCheckJson,
  markdown: formatCheckMarkdown,
  sarif: formatCheckSarif,
} as const;

/** `timeout-chain check`: analyses the chain the inputs describe. */
export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    rtt: { type: 'string' },
    margin: { type: 'string' },
  });
  if (!args.ok) return failUsage(io, 'check', args.error);
  const { values, positionals } = args.value;
  if (values['help']) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  const format = readChoice(values['format'], FORMATS, 'format');
  if (!format.ok) return failUsage(io, 'check', format.error);
  const failOn = readChoice<Verdict>(values['fail-on'], FAIL_ON, 'fail-on');
  if (!failOn.ok) return failUsage(io, 'check', failOn.error);
  const rtt = readDurationFlag(values['rtt'], 'rtt');
  if (!rtt.ok) return failUsage(io, 'check', rtt.error);
  const margin = readDurationFlag(values['margin'], 'margin');
  if (!margin.ok) return failUsage(io, 'check', margin.error);
  const loaded = await loadAnalysableChain(positionals, io, 'check', rtt.value);
  if (!loaded.ok) return loaded.code;
  const { chain, notes, diagnostics } = loaded.value;
  if (margin.value !== undefined)
    chain.options = { ...chain.options, safetyMarginMs: margin.value };

  const result: CheckResult = {
    chain,
    report: analyzeChain(chain),
    notes,
    diagnostics,
    failOn: failOn.value,
  };
  if (format.value === 'text') io.stdout(formatCheckText(result, createPaint(shouldColour(io))));
  else {
    // Machine formats keep stdout clean: warnings go to stderr, also present in JSON.
    if (format.value !== 'json')
      for (const d of diagnostics.filter((x) => x.severity !== 'info'))
        io.stderr(`${formatDiagnostic(d)}\n`);
    io.stdout(
      format.value === 'html' ? await formatHtml(result) : FORMATTERS[format.value](result),
    );
  }
  const threshold = verdictRank(failOn.value);
  return result.report.hops.some((h) => verdictRank(h.verdict) >= threshold) ? 1 : 0;
}

/** The HTML review page with the link that opens the chain in the app (loaded only for html). */
async function formatHtml(result: CheckResult): Promise<string> {
  const [{ formatCheckHtml }, { encodeShareState }] = await Promise.all([
    import('../../core/report/html'),
    import('../../core/share'),
  ]);
  return formatCheckHtml(result, {
    shareUrl: `${DEFAULT_BASE}#${await encodeShareState(result.chain)}`,
  });
}
