import type { SettingDef } from './types';
import { checkSettingRange } from './setting-range';
import { bareNumberReading, bareNumberValue, isBareNumber } from './bare-number';
import type { SettingScalar } from '../model/chain';
import { describeDuration, ms, parseDuration } from '../model/duration';
import { err, ok, type Result } from '../model/result';
import { formatUnknown, isUnknownValue, unknownValue } from '../model/value';

const UNLIMITED = new Set(['none', 'unlimited', 'infinite', 'infinity', '∞', 'inf', 'never']);
/** Longest text value accepted (headers, worker class names). */
const MAX_TEXT = 200;

/** `unknown` or `unknown (cfg.IdleTimeout)`: a value the user marks as not known yet. */
const UNKNOWN = /^unknown(?:\s*\((.*)\))?$/is;

/** The value if the technology accepts it (the catalog's range), else what is wrong. */
function inRange(def: SettingDef, value: number): Result<SettingScalar> {
  const checked = checkSettingRange(def, value);
  if (!checked.ok)
    return err(`${checked.reason[0]?.toUpperCase() ?? ''}${checked.reason.slice(1)}.`);
  return ok(checked.value);
}

/** A duration written without a unit, read as the setting's technology reads it (bare-number.ts). */
function parseBareDuration(def: SettingDef, t: string): Result<SettingScalar> {
  const reading = bareNumberReading(def);
  if (reading.unit === null) return err(`Add a unit, such as ${t}s: ${reading.why}.`);
  return inRange(def, Math.round(bareNumberValue(t) * reading.factorMs * 1e6) / 1e6);
}

/**
 * Reads what a user typed for a setting (the app's inputs and chain files). Durations take units
 * (`55s`, `1m30s`, `500ms`, `none` = no limit); a bare number is read in the setting's own unit
 * (`65` is 65 s for nginx, 65 ms for Node: see bare-number.ts); counts are whole numbers or `none`.
 * Returns the value in the catalog's unit (ms for durations) or a message saying what is wrong.
 */
export function parseSettingValue(def: SettingDef, text: string): Result<SettingScalar> {
  const t = text.trim();
  const unknown = UNKNOWN.exec(t);
  if (unknown && def.kind !== 'text' && !def.enumValues?.includes(t))
    return ok(unknownValue(unknown[1] ?? 'unknown', 'marked unknown; supply the value'));
  switch (def.kind) {
    case 'duration': {
      if (t === '') return err('Enter a duration such as 55s, 1m30s or 500ms.');
      if (isBareNumber(t)) return parseBareDuration(def, t);
      const r = parseDuration(t, 'human');
      if (!r.ok) return err(`${r.error}. Try 55s, 1m30s or 500ms.`);
      return r.ok && r.value !== null ? inRange(def, r.value) : r;
    }
    case 'count': {
      if (UNLIMITED.has(t.toLowerCase())) return ok(null);
      if (!/^\d+$/.test(t)) return err('Enter a whole number (or "none" for no limit).');
      return inRange(def, Number(t));
    }
    case 'enum': {
      const values = def.enumValues ?? [];
      return values.includes(t) ? ok(t) : err(`Choose one of: ${values.join(', ')}.`);
    }
    case 'bool':
      if (t === 'true' || t === 'false') return ok(t === 'true');
      return err('Choose on or off.');
    case 'text':
      return t.length <= MAX_TEXT ? ok(t) : err(`At most ${MAX_TEXT} characters.`);
  }
}

/**
 * A duration in the unit people write it in: `65s` (never `1m5s`), `500ms`, `2h`. Parses back
 * through parseSettingValue whatever the setting's bare-number unit, since it always has a unit.
 */
function formatNaturalDuration(v: number): string {
  if (v >= 3_600_000 && v % 3_600_000 === 0) return `${v / 3_600_000}h`;
  if (v % 1000 === 0) return `${v / 1000}s`;
  return `${Math.round(v * 1e6) / 1e6}ms`;
}

/** The text an input shows for a value, so that parsing it gives the value back. */
export function formatSettingValue(def: SettingDef, value: SettingScalar): string {
  if (value === null) return 'none';
  if (isUnknownValue(value)) return formatUnknown(value);
  if (def.kind === 'duration' && typeof value === 'number') return formatNaturalDuration(value);
  return String(value);
}

/** How people read a value: `65 s`, `∞`, `1000`, `on`. */
export function describeSettingValue(def: SettingDef, value: SettingScalar): string {
  if (isUnknownValue(value)) return `unknown (${value.unknown})`;
  if (def.kind === 'duration') {
    if (value === null) return describeDuration(null);
    if (typeof value === 'number') return describeDuration(ms(value));
  }
  if (value === null) return 'no limit';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (value === '') return '""';
  return String(value);
}
