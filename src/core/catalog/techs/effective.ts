import type { Origin } from '../../model/origin';
import type { EffectiveValue, RawValue } from '../types';

/**
 * A value taken from another setting (Go IdleTimeout ← ReadTimeout): keeps the source value's
 * origin under a `fallback` origin and reports it under `setting`.
 */
export function fallbackFrom(
  setting: string,
  from: RawValue | EffectiveValue,
  value: number | null,
  note?: string,
): EffectiveValue {
  return {
    value,
    setting,
    origin: { kind: 'fallback', from: from.setting, via: from.origin, ...(note ? { note } : {}) },
  };
}

/**
 * A default that depends on another option rather than on the version (a custom Node Agent,
 * a zero-value Go Transport): the catalog entry's own default does not apply.
 */
export function optionDefault(
  tech: string,
  setting: string,
  value: number | null,
  source: string,
  note: string,
): EffectiveValue {
  const origin: Origin = { kind: 'default', tech, source, note };
  return { value, origin, setting };
}

/** A value where 0 or a negative number means "no limit" (Go zero values, Tomcat -1): null. */
export function zeroIsUnlimited(v: EffectiveValue): EffectiveValue {
  return v.value !== null && v.value <= 0 ? { ...v, value: null } : v;
}
