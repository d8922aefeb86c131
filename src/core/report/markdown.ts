import type { HopReport, HopSide, Verdict } from '../analysis/types';
import { describeOrigin } from '../model/origin';
import {
  describeIdle,
  describeMargin,
  describeSettingValue,
  describeSideIdle,
  describeSideName,
  sideOrigin,
  type CheckResult,
} from './check-result';
import { escapeMarkdown, formatCodeBlock, formatCodeSpan } from './markdown-escape';
import { formatReviewMarkdown } from './markdown-review';
import { buildReviewPack } from '../review';
import { describeNodeLabel, describeNodeVersion } from './node-names';

const BADGE: Record<Verdict, string> = {
  ok: '🟢 ok',
  warn: '🟡 warn',
  risk: '🔴 risk',
  unknown: '⚪ unknown',
};

/** Every string below that comes from a config, a chain file or a message goes through these. */
const md = escapeMarkdown;
const code = (s: string) => formatCodeSpan(s);

const side = (s: HopSide) =>
  `${md(describeSideName(s))}<br>${formatCodeSpan(s.setting, { inTable: true })} = **${md(describeSideIdle(s))}**<br>${md(describeOrigin(sideOrigin(s)))}`;

function hopSection(h: HopReport): string[] {
  const lines = [
    `### Hop ${h.index + 1}: ${md(describeSideName(h.client))} → ${md(describeSideName(h.server))} — ${BADGE[h.verdict]}`,
    '',
  ];
  lines.push(
    `S − C = ${describeMargin(h.marginMs)}, required margin ${describeIdle(h.requiredMarginMs)} (RTT ${describeIdle(h.rttMs)}).`,
    '',
  );
  for (const f of h.findings) lines.push(`- **${f.severity}** ${code(f.rule)}: ${md(f.message)}`);
  if (h.findings.length === 0) lines.push('- No findings.');
  return [...lines, ''];
}

/** A design-review report: summary table, findings per hop, fix plan with snippets, notes. */
export function formatCheckMarkdown(r: CheckResult): string {
  const { report } = r;
  const out = ['# Keep-alive timeout review', ''];
  const racing = report.hops.filter((h) => h.verdict === 'risk' || h.verdict === 'warn').length;
  out.push(
    `**Verdict: ${BADGE[report.verdict]}** — ${racing} of ${report.hops.length} hop${report.hops.length === 1 ? '' : 's'} at warn or risk.`,
    '',
  );
  out.push(
    `Chain (client end first): ${r.chain.nodes.map((_, i) => `${md(describeNodeLabel(r, i))} (${code(describeNodeVersion(r, i))})`).join(' → ')}`,
    '',
  );
  out.push(
    '| Hop | Client side (C) | Server side (S) | S − C | Needed | Verdict |',
    '|---|---|---|---|---|---|',
  );
  for (const h of report.hops)
    out.push(
      `| ${h.index + 1} | ${side(h.client)} | ${side(h.server)} | ${describeMargin(h.marginMs)} | ${describeIdle(h.requiredMarginMs)} | ${BADGE[h.verdict]} |`,
    );
  out.push('', '## Findings', '');
  for (const h of report.hops) for (const line of hopSection(h)) out.push(line);
  const plan = report.fixPlan;
  out.push('## Fix plan', '');
  if (plan.changes.length === 0) out.push('No change needed.', '');
  plan.changes.forEach((c, i) => {
    out.push(
      `${i + 1}. **${md(describeNodeLabel(r, c.nodeIndex))}** (${code(c.tech)}): set ${code(c.setting)} to **${md(describeSettingValue(c.tech, c.setting, c.value))}** (${code(c.valueText)}) — ${md(c.reason)}`,
      '',
      ...formatCodeBlock(c.snippet, '   '),
      '',
    );
  });
  if (plan.changes.length > 0)
    out.push(
      `After the fix: ${plan.verdictsAfter.map((v, i) => `hop ${i + 1} ${BADGE[v]}`).join(', ')}.`,
      '',
    );
  for (const u of plan.unresolved) out.push(`- Hop ${u.hop + 1} stays unresolved: ${md(u.reason)}`);
  out.push(...formatReviewMarkdown(buildReviewPack(r.chain, report), report));
  if (r.notes.length > 0) out.push('## Notes', '', ...r.notes.map((n) => `- ${md(n)}`), '');
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
