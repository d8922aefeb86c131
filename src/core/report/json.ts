import type { FixChange, HopSide } from '../analysis/types';
import { describeOrigin } from '../model/origin';
import { VERSION } from './version';
import {
  describeFixValue,
  findExplicitLocation,
  sideOrigin,
  type CheckResult,
} from './check-result';

/**
 * One side of a hop. `idleMs: null` means no limit (contracts.md); a side whose value is written
 * but unresolved has no `idleMs` at all and says so in `unknown` instead.
 */
function sideOut(side: HopSide) {
  const origin = sideOrigin(side);
  const at = findExplicitLocation(origin);
  return {
    node: side.node,
    tech: side.tech,
    label: side.label,
    ...(side.unknown
      ? {
          unknown: {
            expression: side.unknown.value.unknown,
            reason: side.unknown.value.reason,
          },
        }
      : { idleMs: side.idleMs }),
    origin: origin.kind,
    originDetail: describeOrigin(origin),
    setting: side.setting,
    ...(at ? { file: at.file, line: at.line } : {}),
  };
}

const fixOut = (f: FixChange) => ({
  node: f.node,
  tech: f.tech,
  setting: f.setting,
  value: describeFixValue(f.value),
  valueText: f.valueText,
  from: f.from,
  snippet: f.snippet,
  reason: f.reason,
  hops: f.hops,
});

/**
 * The `check --format json` document (design/contracts.md): `hops[]` with index, client, server
 * (`origin` is the origin kind), verdict and findings with fixes; plus the fix plan, notes and
 * diagnostics.
 */
export function buildCheckJson(r: CheckResult) {
  const { report } = r;
  return {
    tool: { name: 'timeout-chain', version: VERSION },
    verdict: report.verdict,
    failOn: r.failOn,
    nodes: r.chain.nodes.map((n, i) => ({
      index: i,
      id: n.id,
      tech: n.tech,
      version: report.nodes[i]?.version ?? n.version ?? null,
      label: n.label ?? report.nodes[i]?.tech.name ?? n.tech,
    })),
    hops: report.hops.map((h) => ({
      index: h.index,
      client: sideOut(h.client),
      server: sideOut(h.server),
      verdict: h.verdict,
      rttMs: h.rttMs,
      marginMs: h.marginMs,
      requiredMarginMs: h.requiredMarginMs,
      reuse: h.reuse,
      raceWindow: h.raceWindow,
      middleboxes: h.middleboxes,
      findings: h.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        fixes: f.fixes.map(fixOut),
        ...(f.sources ? { sources: f.sources } : {}),
      })),
    })),
    fixPlan: {
      changes: report.fixPlan.changes.map(fixOut),
      verdictsAfter: report.fixPlan.verdictsAfter,
      unresolved: report.fixPlan.unresolved,
    },
    notes: r.notes,
    diagnostics: r.diagnostics,
  };
}

export const formatCheckJson = (r: CheckResult): string =>
  `${JSON.stringify(buildCheckJson(r), null, 2)}\n`;
