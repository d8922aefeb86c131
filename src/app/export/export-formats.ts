import type { ChainReport } from '../../core/analysis/types';
import { serializeChainFile } from '../../core/chain-file';
import type { Chain } from '../../core/model/chain';
// The report writers `timeout-chain check` uses too: the app exports exactly what it prints.
import { formatCheckJson } from '../../core/report/json';
import { formatCheckMarkdown } from '../../core/report/markdown';
import { formatCheckHtml } from '../../core/report/html';
import { buildAlertRules, formatAlertRules } from '../../core/review';

export interface ExportFile {
  /** Download name. */
  name: string;
  /** What it is, for people. */
  title: string;
  mime: string;
  text: string;
}

/**
 * Every export of a chain: the chain file (YAML, for the repo and `timeout-chain check`), the chain
 * as JSON, the review report as HTML (to open, print or attach), Markdown and the `check --format
 * json` document, and the Prometheus rules (`timeout-chain alerts`). `shareUrl` goes into the HTML.
 */
export function buildExports(chain: Chain, report: ChainReport, shareUrl?: string): ExportFile[] {
  const result = { chain, report, notes: [], diagnostics: [], failOn: 'risk' as const };
  return [
    {
      name: 'timeout-chain.chain.yaml',
      title: 'Chain file (YAML)',
      mime: 'application/yaml',
      text: serializeChainFile(chain),
    },
    {
      name: 'timeout-chain.json',
      title: 'Chain (JSON)',
      mime: 'application/json',
      text: `${JSON.stringify(chain, null, 2)}\n`,
    },
    {
      name: 'timeout-chain-review.html',
      title: 'Review report (HTML, to open or print)',
      mime: 'text/html',
      text: formatCheckHtml(result, shareUrl ? { shareUrl } : {}),
    },
    {
      name: 'timeout-chain-review.md',
      title: 'Review report (Markdown)',
      mime: 'text/markdown',
      text: formatCheckMarkdown(result),
    },
    {
      name: 'timeout-chain-report.json',
      title: 'Report (JSON, as timeout-chain check prints it)',
      mime: 'application/json',
      text: formatCheckJson(result),
    },
    {
      name: 'timeout-chain.rules.yml',
      title: 'Prometheus alert rules',
      mime: 'application/yaml',
      text: formatAlertRules(buildAlertRules(report.hops), report.hops),
    },
  ];
}
