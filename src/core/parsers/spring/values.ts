import type { SettingScalar } from '../../model/chain';
import type { Diagnostic } from '../../source/diagnostic';
import { parseDuration } from '../../model/duration';
import { unknownValue } from '../../model/value';
import { makeDiagnostic, type RawEntry } from './documents';
import type { SpringKeyDef } from './keys';
import { resolvePlaceholders } from './placeholders';

/**
 * Converts a Spring property value to the catalog's unit: durations in ms (bare number = ms,
 * `60s`, `1m`, ISO `PT60S`), counts as numbers; negative values (`-1`) mean "no limit" → null,
 * as Tomcat treats a negative timeout or request count as infinite.
 * A `${NAME}` placeholder without a default is an unknown value; `${NAME:20s}` is its default,
 * with a diagnostic that the property or environment variable may override it.
 * Returns undefined when the value is invalid or empty (a diagnostic says why).
 */
export function convertSpringValue(
  entry: RawEntry,
  def: SpringKeyDef,
  diagnostics: Diagnostic[],
): SettingScalar | undefined {
  const at = entry.valueAt;
  const raw = entry.value?.trim() ?? '';
  if (raw === '') {
    diagnostics.push(
      makeDiagnostic(
        'SPRING_EMPTY_VALUE',
        'info',
        `${entry.written} has no value here, so Spring leaves it unset`,
        at,
      ),
    );
    return undefined;
  }
  const resolved = resolvePlaceholders(
    entry.owner?.startsWith('service ') ? composeToSpring(raw) : raw,
  );
  if (resolved.kind === 'unresolved') {
    diagnostics.push(
      makeDiagnostic(
        'SPRING_UNRESOLVED_PLACEHOLDER',
        'warning',
        `${entry.written} comes from \${${resolved.names.join('}, ${')}} without a default: its value is only known at run time`,
        at,
      ),
    );
    return unknownValue(
      raw,
      `a placeholder with no default: ${resolved.names.join(', ')} is set by a property or an environment variable at run time`,
    );
  }
  if (resolved.kind === 'defaulted')
    diagnostics.push(
      makeDiagnostic(
        'SPRING_PLACEHOLDER_DEFAULT',
        'info',
        `${entry.written} uses the placeholder default "${resolved.text}"; \${${resolved.names.join('}, ${')}} may override it at run time`,
        at,
      ),
    );
  const text = resolved.text.trim();
  return def.kind === 'duration'
    ? convertDuration(text, entry, diagnostics)
    : convertCount(text, entry, diagnostics);
}

function convertDuration(
  text: string,
  entry: RawEntry,
  diagnostics: Diagnostic[],
): SettingScalar | undefined {
  // Spring's DurationStyle accepts a sign; Tomcat treats any negative timeout as infinite.
  const negative = text.startsWith('-');
  const unsigned = text.replace(/^[+-]/, '');
  const digits = /^\d[\d_]*$/.test(unsigned) ? unsigned.replace(/_/g, '') : unsigned;
  // DurationStyle.SIMPLE knows ns, us, ms, s, m, h, d only (model's parser also takes w, y).
  const unit = /^\d+([a-zA-Z]+)$/.exec(digits)?.[1];
  const parsed =
    unit === undefined || /^(ns|us|ms|s|m|h|d)$/i.test(unit)
      ? parseDuration(digits, 'spring')
      : ({ ok: false, error: `unknown unit "${unit}" (ns, us, ms, s, m, h, d)` } as const);
  if (parsed.ok) return negative && parsed.value !== 0 ? null : parsed.value;
  diagnostics.push(
    makeDiagnostic(
      'SPRING_INVALID_DURATION',
      'error',
      `${entry.written}: ${parsed.error}`,
      entry.valueAt,
    ),
  );
  // Written but unreadable: unknown, never the default in its place.
  return unknownValue(text, `not a duration Spring reads (${parsed.error})`);
}

function convertCount(
  text: string,
  entry: RawEntry,
  diagnostics: Diagnostic[],
): SettingScalar | undefined {
  const compact = text.replace(/_/g, '');
  if (/^[+-]?\d+$/.test(compact)) {
    const n = Number(compact);
    if (Number.isSafeInteger(n)) return n < 0 ? null : n;
  }
  diagnostics.push(
    makeDiagnostic(
      'SPRING_INVALID_COUNT',
      'error',
      `${entry.written}: "${text}" is not a whole number`,
      entry.valueAt,
    ),
  );
  return unknownValue(text, 'not a whole number');
}

/**
 * Docker Compose substitutes `${VAR:-default}` / `${VAR-default}` in a service's environment
 * before Spring reads it: the same meaning as Spring's `${VAR:default}`, so it is rewritten to
 * that form (in Spring's own syntax `:-10m` would be the default "-10m").
 */
function composeToSpring(text: string): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*):?-/g, '${$1:');
}
