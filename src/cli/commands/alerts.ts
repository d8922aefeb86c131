import { analyzeChain } from '../../core/analysis/engine';
import { buildAlertRules, formatAlertRules } from '../../core/review';
import { loadAnalysableChain } from '../analysable-chain';
import { parseCommandArgs, readDurationFlag } from '../args';
import { formatDiagnostic } from '../format/diagnostics';
import type { CliIo } from '../io';
import { failUsage } from '../usage-error';

export const ALERTS_HELP = `Usage: timeout-chain alerts [options] <input>...

Prints a Prometheus rule file (groups: YAML) that alerts when a hop's keep-alive race shows in the
metrics its client technology exposes: ingress-nginx 502s, Envoy resets with an active request and
retries, HAProxy backend errors, ALB 502s through the CloudWatch exporter, and for application
clients the reset counter they must add. Each rule fires above 0.1 % for 10 minutes; check the
file with promtool check rules. Inputs as for check, client end first.

Options:
  --rtt <duration>  round-trip time of links no chain file describes (default 1ms)
  -h, --help        show this help

Exit codes: 0 rules printed, 2 usage error or unreadable input.
Example: timeout-chain alerts tech:aws-alb nginx.conf tech:node-http-server > keepalive.rules.yml
`;

/** \`timeout-chain alerts\`: the alert rules for the chain the inputs describe. */
export async function runAlerts(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, { rtt: { type: 'string' } });
  if (!args.ok) return failUsage(io, 'alerts', args.error);
  const { values, positionals } = args.value;
  if (values['help']) {
    io.stdout(ALERTS_HELP);
    return 0;
  }
  const rtt = readDurationFlag(values['rtt'], 'rtt');
  if (!rtt.ok) return failUsage(io, 'alerts', rtt.error);
  const loaded = await loadAnalysableChain(positionals, io, 'alerts', rtt.value);
  if (!loaded.ok) return loaded.code;
  const { chain, diagnostics } = loaded.value;
  for (const d of diagnostics.filter((x) => x.severity !== 'info'))
    io.stderr(`${formatDiagnostic(d)}\n`);
  const report = analyzeChain(chain);
  io.stdout(formatAlertRules(buildAlertRules(report.hops), report.hops));
  return 0;
}
