import type { Verdict } from '../../core/analysis/types';

const ICON: Record<Verdict, string> = { ok: '✓', warn: '!', risk: '✕', unknown: '?' };
const WORD: Record<Verdict, string> = {
  ok: 'ok',
  warn: 'thin margin',
  risk: 'risk',
  unknown: 'unknown',
};

/** A verdict as an icon and a word (colour is only a third cue). */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`tl-verdict tl-verdict-${verdict}`} data-tl-verdict={verdict}>
      <span aria-hidden="true">{ICON[verdict]}</span>
      {WORD[verdict]}
    </span>
  );
}
