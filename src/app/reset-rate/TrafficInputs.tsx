import { useId, useState } from 'react';
import type { Traffic } from '../../core/model/chain';
import type { PoolChoice } from './pool-choice';
import { PoolInputs } from './PoolInputs';
import { PROFILES, type TrafficProfile } from './profiles';
import {
  formatRpsField,
  formatSharePercent,
  parseRpsText,
  parseSharePercentText,
  type Parsed,
} from './traffic-input';

export interface TrafficInputsProps {
  traffic: Traffic;
  onTrafficChange: (traffic: Traffic) => void;
  profile: TrafficProfile;
  onProfileChange: (profile: TrafficProfile) => void;
  pool: PoolChoice;
  onPoolChange: (pool: PoolChoice) => void;
}

/**
 * A text field that shows `value` until the user types, reports only valid values, and takes a
 * new `value` from outside (undo, a loaded chain) unless it is what the user's text means.
 */
function useNumberField(
  value: number,
  format: (v: number) => string,
  parse: (text: string) => Parsed<number>,
  onValid: (v: number) => void,
) {
  const [text, setText] = useState(() => format(value));
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    const mine = parse(text);
    if (!mine.ok || mine.value !== value) setText(format(value));
  }
  const parsed = parse(text);
  const onChange = (next: string) => {
    setText(next);
    const p = parse(next);
    if (p.ok && p.value !== value) onValid(p.value);
  };
  return { text, onChange, error: parsed.ok ? null : parsed.message };
}

/** Requests per second, share of non-idempotent requests, and the traffic profile. */
export function TrafficInputs({
  traffic,
  onTrafficChange,
  profile,
  onProfileChange,
  pool,
  onPoolChange,
}: TrafficInputsProps) {
  const id = useId();
  const rps = useNumberField(traffic.rps, formatRpsField, parseRpsText, (v) =>
    onTrafficChange({ ...traffic, rps: v }),
  );
  const share = useNumberField(
    traffic.nonIdempotentShare,
    formatSharePercent,
    parseSharePercentText,
    (v) => onTrafficChange({ ...traffic, nonIdempotentShare: v }),
  );
  const hint = PROFILES.find((p) => p.id === profile)?.hint ?? '';
  return (
    <fieldset className="rr-traffic">
      <legend>Traffic at the client</legend>
      <div className="rr-field">
        <label htmlFor={`${id}-rps`}>Requests per second</label>
        <input
          id={`${id}-rps`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={rps.text}
          onChange={(e) => rps.onChange(e.target.value)}
          aria-invalid={rps.error !== null}
          aria-describedby={`${id}-rps-help`}
        />
        <p id={`${id}-rps-help`} className={rps.error ? 'rr-error' : 'rr-help'} aria-live="polite">
          {rps.error ? `⚠ ${rps.error}` : 'Every request crosses every hop.'}
        </p>
      </div>
      <div className="rr-field">
        <label htmlFor={`${id}-share`}>Non-idempotent requests (%)</label>
        <input
          id={`${id}-share`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={share.text}
          onChange={(e) => share.onChange(e.target.value)}
          aria-invalid={share.error !== null}
          aria-describedby={`${id}-share-help`}
        />
        <p
          id={`${id}-share-help`}
          className={share.error ? 'rr-error' : 'rr-help'}
          aria-live="polite"
        >
          {share.error ? `⚠ ${share.error}` : 'POST, PATCH: clients do not retry these.'}
        </p>
      </div>
      <PoolInputs pool={pool} onPoolChange={onPoolChange} />
      <div className="rr-field">
        <label htmlFor={`${id}-profile`}>Profile (simulation)</label>
        <select
          id={`${id}-profile`}
          value={profile}
          onChange={(e) => onProfileChange(e.target.value as TrafficProfile)}
          aria-describedby={`${id}-profile-help`}
        >
          {PROFILES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
        <p id={`${id}-profile-help`} className="rr-help">
          {hint}
        </p>
      </div>
    </fieldset>
  );
}
