import type { ChainReport } from '../analysis/types';
import type { CheckStatus, ResetsPerDay, ReviewPack } from '../review';
import { describeHop } from '../review/hop-names';
import { escapeMarkdown as md, formatCodeBlock, formatCodeSpan as code } from './markdown-escape';

export const CHECK_MARK: Record<CheckStatus, string> = {
  pass: '✓',
  fail: '✗',
  unknown: 'not known',
};

/** A per-day count for people: `0`, `< 0.01`, `3.42`, `1 234`. */
export const describePerDay = (n: number): string =>
  n === 0
    ? '0'
    : n < 0.01
      ? '< 0.01'
      : n < 100
        ? String(Number(n.toPrecision(3)))
        : Math.round(n).toLocaleString('en-US');

const cell = (v: ResetsPerDay | null) =>
  v === null
    ? 'unknown'
    : `${describePerDay(v.resets)} (${describePerDay(v.visible)} seen by callers)`;

/** The review-pack sections of the Markdown report (checklist, alerts, retries, live values). */
export function formatReviewMarkdown(pack: ReviewPack, report: ChainReport): string[] {
  const out: string[] = ['## Reset-rate estimate', ''];
  const t = pack.resets.traffic;
  out.push(
    `At ${t.rps} request${t.rps === 1 ? '' : 's'}/s${pack.resets.assumed ? ' (no traffic given in the chain: the default)' : ''}, ${Math.round(t.nonIdempotentShare * 100)} % non-idempotent: requests per day that meet a closed connection (and those the client's own retries do not hide), from the closed form of the race model:`,
    '',
    '| Hop | Now | After the fix |',
    '|---|---|---|',
  );
  for (const e of pack.resets.hops) {
    const h = report.hops[e.hop];
    out.push(`| ${h ? md(describeHop(h)) : e.hop + 1} | ${cell(e.now)} | ${cell(e.after)} |`);
  }
  out.push('', '## Checklist', '');
  for (const g of pack.checklist) {
    out.push(`### ${g.title}`, '');
    for (const i of g.items) {
      out.push(`- **${CHECK_MARK[i.status]}** ${md(i.item)}`);
      for (const f of i.facts) out.push(`  - ${md(f)}`);
    }
    out.push('');
  }
  out.push('## Alert rules', '');
  out.push(
    `\`timeout-chain alerts\` prints the Prometheus rule file for this chain (it passes \`promtool check rules\`). Each rule fires when its ratio stays above 0.1 % for 10 minutes:`,
    '',
  );
  for (const r of pack.alerts.rules)
    out.push(
      `- ${code(r.alert)} (hop ${r.hop + 1}): ${code(r.expr)} — needs ${md(r.signal.requires)}${r.signal.assumption ? ` (assumption: ${md(r.signal.assumption)})` : ''}`,
    );
  for (const s of pack.alerts.skipped) out.push(`- hop ${s.hop + 1}: no rule — ${md(s.reason)}`);
  out.push('');
  out.push('## Retry advice', '');
  for (const a of pack.retry) {
    const verdict = a.retriesIdempotent ? 'retries by itself' : 'does not retry';
    out.push(`### ${md(a.label)} (${code(a.tech)}) — ${verdict}`, '');
    out.push(`${md(a.retry.summary)} (source: ${md(a.retry.source)})`, '');
    for (const s of a.snippets) out.push(`${md(s.title)}:`, '', ...formatCodeBlock(s.code, ''), '');
    if (!a.retriesIdempotent && a.snippets.length === 0)
      out.push('Retry idempotent requests in the code that calls it.', '');
    out.push(`> ${md(a.warning)}`, '');
  }
  out.push('## Where each value lives', '');
  for (const v of pack.liveValues) {
    out.push(`### ${md(v.label)} (${code(v.tech)})`, '');
    if (v.settings.length > 0)
      out.push(`Settings: ${v.settings.map((s) => code(s)).join(', ')}`, '');
    for (const h of v.how)
      out.push(`- ${md(h.note)}:`, '', ...formatCodeBlock(h.command, '  '), '');
  }
  return out;
}
