import type { Verdict } from '../../core/analysis/types';

const TEXT: Record<Verdict, { icon: string; label: string }> = {
  ok: { icon: '✓', label: 'OK' },
  warn: { icon: '!', label: 'Thin margin' },
  risk: { icon: '✕', label: 'Risk' },
  unknown: { icon: '?', label: 'Unknown' },
};

/** A verdict as icon + words, so it never relies on colour alone. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = TEXT[verdict];
  return (
    <span className={`verdict verdict-${verdict}`}>
      <span className="verdict-icon" aria-hidden="true">
        {t.icon}
      </span>
      {t.label}
    </span>
  );
}

export const describeVerdict = (v: Verdict): string => TEXT[v].label;
