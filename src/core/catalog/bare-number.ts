import { describeDuration, ms } from '../model/duration';
import type { SettingDef } from './types';

/** How a technology reads a number written without a unit for one duration setting. */
export type BareNumberReading =
  | { unit: 'ms' | 's' | 'min'; factorMs: number }
  /** The technology reads it some way a user does not mean (Go: nanoseconds): ask for a unit. */
  | { unit: null; why: string };

const SECONDS = { unit: 's', factorMs: 1000 } as const;
const MILLIS = { unit: 'ms', factorMs: 1 } as const;

/** A setting named for its unit (Azure's `idle_timeout_in_minutes`) is read in that unit. */
const MINUTES_KEY = /(?:_in_minutes|InMinutes|_minutes)$/;

/**
 * The unit a bare number such as `65` is read in for a duration setting, as the technology itself
 * reads it: nginx, ingress-nginx, ALB, gunicorn and uvicorn seconds; Node, Tomcat, Spring and
 * HAProxy milliseconds. Go's `time.Duration` counts nanoseconds, so a bare number there asks for a
 * unit instead of being taken as 90 ns. Settings with no dialect of their own take milliseconds.
 */
export function bareNumberReading(def: SettingDef): BareNumberReading {
  if (MINUTES_KEY.test(def.key)) return { unit: 'min', factorMs: 60_000 };
  switch (def.dialect) {
    case 'nginx':
    case 'seconds':
      return SECONDS;
    case 'go':
      return { unit: null, why: 'a bare number is a count of nanoseconds there' };
    case 'iso8601':
      return { unit: null, why: 'it takes ISO-8601 durations such as PT60S' };
    case 'ms':
    case 'spring':
    case 'haproxy':
    case 'human':
    default:
      return MILLIS;
  }
}

/** `65`, `1.5`, `90_000`: a number with no unit. */
export function isBareNumber(text: string): boolean {
  return /^(\d[\d_]*(\.\d*)?|\.\d+)$/.test(text.trim());
}

/** The number in a bare-number text, `_` separators dropped. */
export function bareNumberValue(text: string): number {
  return Number(text.trim().replace(/_/g, ''));
}

const UNIT_WORDS = { ms: 'milliseconds', s: 'seconds', min: 'minutes' } as const;

/**
 * How a bare number typed for a duration setting was read, for the line under the input:
 * `65 → 65 s, as nginx reads it (seconds)`. Null when the text has a unit or is not a number.
 */
export function describeBareNumberReading(
  def: SettingDef,
  text: string,
  techName: string,
): string | null {
  if (def.kind !== 'duration' || !isBareNumber(text)) return null;
  const reading = bareNumberReading(def);
  if (reading.unit === null) return null;
  const value = describeDuration(ms(bareNumberValue(text) * reading.factorMs));
  return `${text.trim()} → ${value}, as ${techName} reads it (${UNIT_WORDS[reading.unit]})`;
}
