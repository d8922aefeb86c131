import type { Verdict } from '../../core/analysis/types';
import { VERDICT_TEXT } from '../view/labels';

/** A verdict as icon + words, so it never relies on colour alone. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = VERDICT_TEXT[verdict];
  return (
    <span className={`verdict verdict-${verdict}`}>
      <span className="verdict-icon" aria-hidden="true">
        {t.icon}
      </span>
      {t.label}
    </span>
  );
}
