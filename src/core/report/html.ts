import type { HopReport, HopSide, Verdict } from '../analysis/types';
import { describeOrigin } from '../model/origin';
import { renderRaceSvg } from '../race/timeline-svg';
import { buildReviewPack, type ReviewPack } from '../review';
import {
  describeIdle,
  describeMargin,
  describeSettingValue,
  describeSideIdle,
  describeSideName,
  sideOrigin,
  type CheckResult,
} from './check-result';
import { escapeHtml as h } from './html-escape';
import { renderReviewHtml } from './html-review';
import { REPORT_CSS } from './html-style';
import { describeNodeLabel, describeNodeVersion } from './node-names';
import { VERSION } from './version';

const badge = (v: Verdict) => `<span class="badge v-${v}">${v}</span>`;
const side = (s: HopSide) =>
  `${h(describeSideName(s))}<br><code>${h(s.setting)}</code> = <strong>${h(describeSideIdle(s))}</strong><br><span class="muted">${h(describeOrigin(sideOrigin(s)))}</span>`;

function hopSection(hop: HopReport, pack: ReviewPack): string {
  const out = [
    `<section class="hop"><h3>Hop ${hop.index + 1}: ${h(describeSideName(hop.client))} → ${h(describeSideName(hop.server))} ${badge(hop.verdict)}</h3>`,
    `<p>S − C = ${h(describeMargin(hop.marginMs))}, required margin ${h(describeIdle(hop.requiredMarginMs))} (RTT ${h(describeIdle(hop.rttMs))}).</p>`,
  ];
  if (hop.verdict === 'risk' || hop.verdict === 'warn') {
    const after = pack.fixed.hops[hop.index];
    out.push(
      '<div class="race">',
      `<figure>${renderRaceSvg(hop, `Now: hop ${hop.index + 1}, ${hop.verdict}`)}</figure>`,
      after && pack.fixed !== undefined
        ? `<figure>${renderRaceSvg(after, `After the fix plan: hop ${hop.index + 1}, ${after.verdict}`)}</figure>`
        : '',
      '</div>',
    );
  }
  out.push('<ul>');
  for (const f of hop.findings)
    out.push(`<li><strong>${f.severity}</strong> <code>${h(f.rule)}</code>: ${h(f.message)}</li>`);
  if (hop.findings.length === 0) out.push('<li>No findings.</li>');
  out.push('</ul></section>');
  return out.join('\n');
}

/**
 * The review report as one self-contained HTML page (no external resource): summary, hops with
 * race timelines before and after the fix, fix plan, review pack, versions and the share link.
 */
export function formatCheckHtml(r: CheckResult, options: { shareUrl?: string } = {}): string {
  const { report } = r;
  const pack = buildReviewPack(r.chain, report);
  const racing = report.hops.filter((x) => x.verdict === 'risk' || x.verdict === 'warn').length;
  const body: string[] = [
    '<h1>Keep-alive timeout review</h1>',
    `<p><strong>Verdict: ${badge(report.verdict)}</strong> — ${racing} of ${report.hops.length} hop${report.hops.length === 1 ? '' : 's'} at warn or risk.</p>`,
    `<p>Chain (client end first): ${r.chain.nodes.map((_, i) => `${h(describeNodeLabel(r, i))} <code>${h(describeNodeVersion(r, i))}</code>`).join(' → ')}</p>`,
    '<table><thead><tr><th>Hop</th><th>Client side (C)</th><th>Server side (S)</th><th>S − C</th><th>Needed</th><th>Verdict</th></tr></thead><tbody>',
    ...report.hops.map(
      (x) =>
        `<tr><td>${x.index + 1}</td><td>${side(x.client)}</td><td>${side(x.server)}</td><td>${h(describeMargin(x.marginMs))}</td><td>${h(describeIdle(x.requiredMarginMs))}</td><td>${badge(x.verdict)}</td></tr>`,
    ),
    '</tbody></table>',
    '<h2>Hops</h2>',
    ...report.hops.map((x) => hopSection(x, pack)),
    '<h2>Fix plan</h2>',
  ];
  const plan = report.fixPlan;
  if (plan.changes.length === 0) body.push('<p>No change needed.</p>');
  else body.push('<ol>');
  for (const c of plan.changes)
    body.push(
      `<li><strong>${h(describeNodeLabel(r, c.nodeIndex))}</strong> <code>${h(c.tech)}</code>: set <code>${h(c.setting)}</code> to <strong>${h(describeSettingValue(c.tech, c.setting, c.value))}</strong> — ${h(c.reason)}<pre><code>${h(c.snippet)}</code></pre></li>`,
    );
  if (plan.changes.length > 0)
    body.push(
      '</ol>',
      `<p>After the fix: ${plan.verdictsAfter.map((v, i) => `hop ${i + 1} ${badge(v)}`).join(', ')}.</p>`,
    );
  for (const u of plan.unresolved)
    body.push(`<p>Hop ${u.hop + 1} stays unresolved: ${h(u.reason)}</p>`);
  body.push(renderReviewHtml(pack, report));
  if (r.notes.length > 0)
    body.push('<h2>Notes</h2><ul>', ...r.notes.map((n) => `<li>${h(n)}</li>`), '</ul>');
  body.push(
    '<h2>Versions</h2><ul>',
    ...r.chain.nodes.map(
      (_, i) =>
        `<li>${h(describeNodeLabel(r, i))}: <code>${h(describeNodeVersion(r, i))}</code></li>`,
    ),
    `<li>timeout-chain ${h(VERSION)}</li></ul>`,
  );
  if (options.shareUrl)
    body.push(
      `<p>Open this chain in the app: <a href="${h(options.shareUrl)}">${h(options.shareUrl)}</a></p>`,
    );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Keep-alive timeout review</title><style>${REPORT_CSS}</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}
