import type { ChainReport } from '../analysis/types';
import type { ReviewPack } from '../review';
import { describeHop } from '../review/hop-names';
import { escapeHtml as h } from './html-escape';
import { CHECK_MARK, describePerDay } from './markdown-review';

const cell = (v: { resets: number; visible: number } | null) =>
  v === null
    ? 'unknown'
    : `${describePerDay(v.resets)} <span class="muted">(${describePerDay(v.visible)} seen by callers)</span>`;

const pre = (text: string) => `<pre><code>${h(text)}</code></pre>`;

/** The review-pack sections of the HTML report. */
export function renderReviewHtml(pack: ReviewPack, report: ChainReport): string {
  const out: string[] = [];
  const t = pack.resets.traffic;
  out.push(
    '<h2>Reset-rate estimate</h2>',
    `<p>At ${t.rps} request${t.rps === 1 ? '' : 's'}/s${pack.resets.assumed ? ' (no traffic in the chain: the default)' : ''}, ${Math.round(t.nonIdempotentShare * 100)} % non-idempotent: requests per day that meet a closed connection, and those the client's own retries do not hide (closed form of the race model).</p>`,
    '<table><thead><tr><th>Hop</th><th>Now</th><th>After the fix</th></tr></thead><tbody>',
  );
  for (const e of pack.resets.hops) {
    const hop = report.hops[e.hop];
    out.push(
      `<tr><td>${h(hop ? describeHop(hop) : String(e.hop + 1))}</td><td>${cell(e.now)}</td><td>${cell(e.after)}</td></tr>`,
    );
  }
  out.push('</tbody></table>', '<h2>Checklist</h2>');
  for (const g of pack.checklist) {
    out.push(`<h3>${h(g.title)}</h3><ul>`);
    for (const i of g.items)
      out.push(
        `<li><strong class="c-${i.status}">${CHECK_MARK[i.status]}</strong> ${h(i.item)}<ul class="facts">${i.facts.map((f) => `<li>${h(f)}</li>`).join('')}</ul></li>`,
      );
    out.push('</ul>');
  }
  out.push(
    '<h2>Alert rules</h2>',
    `<p>A Prometheus rule file for this chain (<code>timeout-chain alerts</code> prints it; it passes <code>promtool check rules</code>). Each rule fires when its ratio stays above 0.1 % for 10 minutes.</p>`,
    pre(pack.alertRulesYaml),
    '<h2>Retry advice</h2>',
  );
  for (const a of pack.retry) {
    out.push(
      `<h3>${h(a.label)} <code>${h(a.tech)}</code> — ${a.retriesIdempotent ? 'retries by itself' : 'does not retry'}</h3>`,
      `<p>${h(a.retry.summary)} <span class="muted">(source: ${h(a.retry.source)})</span></p>`,
    );
    for (const s of a.snippets) out.push(`<p>${h(s.title)}:</p>`, pre(s.code));
    if (!a.retriesIdempotent && a.snippets.length === 0)
      out.push('<p>Retry idempotent requests in the code that calls it.</p>');
    out.push(`<p class="warning">${h(a.warning)}</p>`);
  }
  out.push('<h2>Where each value lives</h2>');
  for (const v of pack.liveValues) {
    out.push(`<h3>${h(v.label)} <code>${h(v.tech)}</code></h3>`);
    if (v.settings.length > 0)
      out.push(`<p>Settings: ${v.settings.map((s) => `<code>${h(s)}</code>`).join(', ')}</p>`);
    for (const w of v.how) out.push(`<p>${h(w.note)}:</p>`, pre(w.command));
  }
  return out.join('\n');
}
