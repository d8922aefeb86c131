import type { Finding, FindingSeverity, HopReport } from '../../core/analysis/types';
import { RULES } from '../../core/analysis/rules';
import { VERSION } from '../../core/report/version';
import {
  describeFixValue,
  findExplicitLocation,
  type CheckResult,
} from '../../core/report/check-result';
import { toArtifactUri } from './artifact-uri';

const LEVEL: Record<FindingSeverity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** Where a finding points: the side a fix changes if that value is written in a file, else the server side, else the client side. */
function locate(h: HopReport, f: Finding) {
  const fixed = f.fixes[0];
  const sides =
    fixed?.nodeIndex === h.client.nodeIndex ? [h.client, h.server] : [h.server, h.client];
  for (const s of sides) {
    const at = findExplicitLocation(s.origin);
    if (at)
      return [
        {
          physicalLocation: {
            artifactLocation: { uri: toArtifactUri(at.file) },
            region: { startLine: at.line, ...(at.column ? { startColumn: at.column } : {}) },
          },
        },
      ];
  }
  return undefined;
}

/** SARIF 2.1.0 for code-scanning UIs: one result per finding, located at the file:line of the value. */
export function buildCheckSarif(r: CheckResult) {
  const ruleIds = [
    ...new Set([
      ...RULES.map((x) => x.id),
      ...r.report.hops.flatMap((h) => h.findings.map((f) => f.rule)),
    ]),
  ];
  const results = r.report.hops.flatMap((h) =>
    h.findings.map((f) => {
      const locations = locate(h, f);
      return {
        ruleId: f.rule,
        ruleIndex: ruleIds.indexOf(f.rule),
        level: LEVEL[f.severity],
        message: {
          text: `Hop ${h.index + 1} (${h.client.node} → ${h.server.node}, ${h.verdict}): ${f.message}`,
        },
        ...(locations ? { locations } : {}),
        properties: {
          hop: h.index,
          verdict: h.verdict,
          fixes: f.fixes.map((c) => ({
            node: c.node,
            setting: c.setting,
            value: describeFixValue(c.value),
            snippet: c.snippet,
          })),
        },
      };
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'timeout-chain',
            version: VERSION,
            rules: ruleIds.map((id) => ({
              id,
              name: id,
              shortDescription: { text: `Keep-alive race check: ${id.replace(/-/g, ' ')}` },
            })),
          },
        },
        results,
      },
    ],
  };
}

export const formatCheckSarif = (r: CheckResult): string =>
  `${JSON.stringify(buildCheckSarif(r), null, 2)}\n`;
