import { useId, useState } from 'react';
import { parsePoolText, REUSE_CHOICES, type PoolChoice } from './pool-choice';

/** Pool size and reuse order: what each connection sees of the traffic (design/race-model.md). */
export function PoolInputs({
  pool,
  onPoolChange,
}: {
  pool: PoolChoice;
  onPoolChange: (pool: PoolChoice) => void;
}) {
  const id = useId();
  const [text, setText] = useState(pool.size === null ? '' : String(pool.size));
  const parsed = parsePoolText(text);
  return (
    <>
      <div className="rr-field">
        <label htmlFor={`${id}-pool`}>Pooled connections</label>
        <input
          id={`${id}-pool`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          placeholder="1"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            const p = parsePoolText(e.target.value);
            if (p.ok && p.value !== pool.size) onPoolChange({ ...pool, size: p.value });
          }}
          aria-invalid={!parsed.ok}
          aria-describedby={`${id}-pool-help`}
        />
        <p id={`${id}-pool-help`} className={parsed.ok ? 'rr-help' : 'rr-error'} aria-live="polite">
          {parsed.ok
            ? 'Connections each client keeps open (your concurrency). Empty: one, opened as needed.'
            : `⚠ ${parsed.message}`}
        </p>
      </div>
      <div className="rr-field">
        <label htmlFor={`${id}-reuse`}>Reuse order</label>
        <select
          id={`${id}-reuse`}
          value={pool.reuse}
          onChange={(e) => onPoolChange({ ...pool, reuse: e.target.value as PoolChoice['reuse'] })}
          aria-describedby={`${id}-reuse-help`}
        >
          {REUSE_CHOICES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <p id={`${id}-reuse-help`} className="rr-help">
          LIFO (Go, Node&apos;s Agent, nginx, urllib3) keeps reusing one connection; round-robin
          (Reactor Netty) gives each of N connections 1/N of the requests.
        </p>
      </div>
    </>
  );
}
