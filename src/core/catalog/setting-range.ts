import { describeDuration, ms } from '../model/duration';
import type { SettingDef } from './types';

/**
 * What a technology accepts for one duration or count setting, in the catalog's unit (ms for
 * durations). The catalog's one home for "is this value possible here": imports, chain files and
 * the app's inputs all check against it.
 */
export interface SettingRange {
  /** Lowest accepted value; default 0. */
  min?: number;
  /** Highest accepted value; default {@link MAX_DURATION_MS} or {@link MAX_COUNT}. */
  max?: number;
  /**
   * What a negative value means to the technology: `no-limit` (Go: "if negative, there is no
   * timeout"; Tomcat's -1), `zero`, or `invalid` (the default: Node throws ERR_OUT_OF_RANGE,
   * nginx refuses to start).
   */
  negative?: 'no-limit' | 'zero' | 'invalid';
  /** Where the range or the meaning of a negative value is documented. */
  source?: string;
}

/**
 * 30 days: where a technology documents no bound, a longer idle time is taken as a typo (the
 * app's inputs have refused longer ones from the start).
 */
export const MAX_DURATION_MS = 30 * 86_400_000;
/** Counts are whole numbers up to a signed 32-bit int where a technology documents no bound. */
export const MAX_COUNT = 2 ** 31 - 1;

type FullRange = Readonly<Required<Omit<SettingRange, 'source'>> & SettingRange>;

/** Ranges are data: each is completed once (an import checks thousands of values). */
const completed = new WeakMap<SettingDef, FullRange>();

/** The range a setting is checked against: its own, completed by the defaults. Read-only. */
export function rangeOf(def: SettingDef): FullRange {
  let full = completed.get(def);
  if (full) return full;
  const r = def.range;
  full = Object.freeze({
    min: r?.min ?? 0,
    max: r?.max ?? (def.kind === 'count' ? MAX_COUNT : MAX_DURATION_MS),
    negative: r?.negative ?? 'invalid',
    ...(r?.source === undefined ? {} : { source: r.source }),
  });
  completed.set(def, full);
  return full;
}

/** A value within range (possibly mapped to its documented meaning), or why it is not. */
export type RangeCheck =
  { ok: true; value: number | null; note?: string } | { ok: false; reason: string };

const show = (def: SettingDef, v: number): string =>
  def.kind === 'duration' ? describeDuration(ms(v)) : String(v);

/** `0 ms … 365 d, whole numbers` — the accepted range in words. */
export function describeRange(def: SettingDef): string {
  const r = rangeOf(def);
  // Long bounds in days (nginx's 2^31−1 ms reads as 24.86 d, not 2147483.647 s).
  const max =
    def.kind === 'duration' && r.max >= 86_400_000
      ? `${Number((r.max / 86_400_000).toFixed(2))} d`
      : show(def, r.max);
  return `${show(def, r.min)} … ${max}${def.kind === 'count' ? ', whole numbers' : ''}`;
}

/**
 * True when `checkSettingRange` takes the value as it is: the common case, answered without
 * building a result (an import checks every number of thousands of scopes).
 */
export function isWithinRange(def: SettingDef, value: number): boolean {
  const r = rangeOf(def);
  return (
    value >= 0 &&
    value >= r.min &&
    value <= r.max &&
    (def.kind !== 'count' || Number.isInteger(value))
  );
}

/**
 * Checks a number written for `def` against what `techName` accepts. A negative value the
 * technology gives a meaning to is mapped to it (`null` = no limit) with a note; anything else
 * outside the range, and any non-finite number, is refused with a reason.
 */
export function checkSettingRange(def: SettingDef, value: number, techName?: string): RangeCheck {
  const r = rangeOf(def);
  const who = techName ?? 'this setting';
  const outside = (what: string, why?: string): RangeCheck => ({
    ok: false,
    reason: `${what}: outside what ${who} accepts (${describeRange(def)}${why ? `; ${why}` : ''})`,
  });
  if (!Number.isFinite(value)) return outside('not a finite number');
  if (value < 0 && r.negative !== 'invalid') {
    const meaning = r.negative === 'no-limit' ? 'no limit' : '0';
    return {
      ok: true,
      value: r.negative === 'no-limit' ? null : 0,
      note: `${def.key} is negative, which ${who} reads as ${meaning}${r.source ? ` (${r.source})` : ''}`,
    };
  }
  if (value < 0) return outside('negative', r.source);
  if (value < r.min) return outside(`below ${show(def, r.min)}`, r.source);
  if (value > r.max)
    return outside(
      'too large',
      def.range?.max === undefined ? 'a longer one is taken as a typo' : r.source,
    );
  if (def.kind === 'count' && !Number.isInteger(value)) return outside('not a whole number');
  return { ok: true, value };
}
