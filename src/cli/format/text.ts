import type { FindingSeverity, FixChange, HopReport, HopSide } from '../../core/analysis/types';
import { describeOrigin } from '../../core/model/origin';
import { formatDiagnostic } from './diagnostics';
import {
  describeIdle,
  describeSideIdle,
  sideOrigin,
  describeMargin,
  describeSettingValue,
  describeSideName,
  type CheckResult,
} from '../../core/report/check-result';
import type { Paint } from './colour';
import { wrapText } from './wrap';

const WIDTH = 100;
const MARK: Record<FindingSeverity, string> = { error: '✖', warning: '▲', info: 'i' };

function describeSides(sides: readonly [string, HopSide][]): string[] {
  // The value column aligns on the number; how it is made up (Node's buffer) follows it.
  const rows = sides.map(([role, s]) => {
    const { makeup, ...plain } = s;
    return [
      role,
      describeSideName(s),
      s.setting,
      describeSideIdle(plain),
      `${makeup ? `(${makeup})  ` : ''}${describeOrigin(sideOrigin(s))}`,
    ];
  });
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map(
    (r) =>
      `  ${r
        .slice(0, 4)
        .map((c, i) => (i === 3 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
        .join('  ')} ${r[4]?.startsWith('(') ? '' : ' '}${r[4] ?? ''}`,
  );
}

function describeHop(h: HopReport, paint: Paint): string[] {
  // People count hops from 1, as the app and the reports do (JSON keeps the 0-based index).
  const title = `Hop ${h.index + 1}: ${describeSideName(h.client)} → ${describeSideName(h.server)}`;
  const lines = [`${paint.bold(title)}  ${paint.verdict(h.verdict, h.verdict.toUpperCase())}`];
  lines.push(
    ...describeSides([
      ['client C', h.client],
      ['server S', h.server],
    ]),
  );
  const margin = `  margin  S − C = ${describeMargin(h.marginMs)}; needs ≥ ${describeIdle(h.requiredMarginMs)} (RTT ${describeIdle(h.rttMs)}, timer granularity, safety allowance)`;
  lines.push(paint.dim(margin));
  for (const f of h.findings) {
    const mark =
      f.severity === 'error'
        ? paint.verdict('risk', MARK.error)
        : f.severity === 'warning'
          ? paint.verdict('warn', MARK.warning)
          : paint.dim(MARK.info);
    lines.push(wrapText(`${f.rule}: ${f.message}`, WIDTH, '      ', `  ${mark}   `));
  }
  return lines;
}

function describeFix(c: FixChange, i: number): string[] {
  const from = describeSettingValue(c.tech, c.setting, c.from);
  const to = describeSettingValue(c.tech, c.setting, c.value);
  const who = c.node === c.tech ? c.node : `${c.node} (${c.tech})`;
  const head = `  ${i + 1}. ${who}: ${c.setting} ${from} → ${to}`;
  const snippet = c.snippet.split('\n').map((l) => `       ${l}`);
  return [head, ...snippet, wrapText(c.reason, WIDTH, '     ')];
}

/** The human report: a table per hop, findings, the fix plan with snippets, notes. */
export function formatCheckText(r: CheckResult, paint: Paint): string {
  const { report } = r;
  const out: string[] = [];
  const names = r.chain.nodes.map(
    (n, i) =>
      `${n.label ?? report.nodes[i]?.tech.name ?? n.tech} (${n.tech}${report.nodes[i]?.version ? `@${report.nodes[i]?.version}` : ''})`,
  );
  out.push(wrapText(`Chain: ${names.join(' → ')}`, WIDTH, '  ', ''));
  for (const note of r.notes) out.push(paint.dim(wrapText(note, WIDTH, '        ', 'note:   ')));
  for (const d of r.diagnostics.filter((x) => x.severity !== 'info'))
    out.push(paint.dim(formatDiagnostic(d)));
  for (const h of report.hops) out.push('', ...describeHop(h, paint));
  const plan = report.fixPlan;
  if (plan.changes.length > 0) {
    out.push(
      '',
      paint.bold(`Fix plan (${plan.changes.length} change${plan.changes.length === 1 ? '' : 's'})`),
    );
    plan.changes.forEach((c, i) => {
      for (const line of describeFix(c, i)) out.push(line);
    });
    const after = plan.verdictsAfter
      .map((v, i) => `hop ${i + 1} ${paint.verdict(v, v)}`)
      .join(', ');
    out.push(`  After the fix: ${after}`);
  }
  for (const u of plan.unresolved)
    out.push(wrapText(`hop ${u.hop + 1} stays unresolved: ${u.reason}`, WIDTH, '    ', '  '));
  out.push('', `Verdict: ${paint.verdict(report.verdict, report.verdict.toUpperCase())}`);
  return `${out.join('\n')}\n`;
}
