import { useId, useState } from 'react';
import { formatDuration, type Ms } from '../../core/model/duration';
import { useApp } from '../store/useApp';

/**
 * The round-trip time of one link, editable in place (`1ms`, `0.5ms`, `80ms`). The parent keys it
 * by the value, so a change from elsewhere (undo) remounts it with a fresh draft.
 */
export function RttInput({ index, rttMs, between }: { index: number; rttMs: Ms; between: string }) {
  const setLinkRttText = useApp((s) => s.setLinkRttText);
  const text = formatDuration(rttMs, 'human').replace(/^0s$/, '0ms');
  const [draft, setDraft] = useState(text);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const commit = () => {
    if (draft === text) return setError(null);
    const r = setLinkRttText(index, draft);
    setError(r.ok ? null : r.error);
  };
  return (
    <span className="link-rtt">
      <label htmlFor={id}>
        RTT<span className="visually-hidden"> between {between}</span>
      </label>{' '}
      <input
        id={id}
        className="rtt-input"
        value={draft}
        size={6}
        spellCheck={false}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {error ? (
        <span id={`${id}-error`} role="alert" className="input-error rtt-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
