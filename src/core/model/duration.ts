import { err, ok, type Result } from './result';

/** Milliseconds, branded so a bare number of seconds cannot be passed by mistake. */
export type Ms = number & { readonly __unit: 'ms' };

export const ms = (n: number): Ms => n as Ms;
export const seconds = (n: number): Ms => (n * 1000) as Ms;
export const minutes = (n: number): Ms => (n * 60_000) as Ms;
export const hours = (n: number): Ms => (n * 3_600_000) as Ms;

/**
 * How a technology writes durations:
 * - `nginx`: `65`, `65s`, `1m30s`, `500ms`, `1h`, `1d`, `1w`, `1M` (30 d), `1y`; bare number = seconds.
 * - `go`: Go `time.ParseDuration` strings: `1h2m3.5s`, `300ms`, `1.5h`, `10us`, `0`.
 * - `spring`: `60s`, `1m`, `500ms`, `2h`, `1d`, `10us`, `10ns`; bare number = milliseconds; ISO-8601 too.
 * - `haproxy`: `60s`, `1m`, `500ms`, `10us`, `1h`, `1d`; bare number = milliseconds.
 * - `seconds`: a bare (possibly fractional) number of seconds (ingress-nginx, gunicorn, uvicorn, ALB).
 * - `ms`: a bare number of milliseconds (Node, Tomcat), `_` separators allowed.
 * - `iso8601`: `PT60S`, `PT1M30S`, `P1D`, `PT0.5S`.
 * - `human`: chain files and the app's inputs: `65s`, `1m30s`, `500ms`, `1.5s`, `2h`; bare number = ms;
 *   `none`/`unlimited`/`infinite`/`∞` = no limit (`null`).
 */
export type DurationDialect =
  'nginx' | 'go' | 'spring' | 'haproxy' | 'seconds' | 'ms' | 'iso8601' | 'human';

/** A parsed duration: milliseconds, or `null` for "no limit". */
export type DurationValue = Ms | null;

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  M: 30 * 86_400_000,
  y: 365 * 86_400_000,
};

const NGINX_UNITS = ['y', 'M', 'w', 'd', 'h', 'm', 's', 'ms'];
const GO_UNITS = ['h', 'm', 's', 'ms', 'us', 'µs', 'μs', 'ns'];
const HUMAN_UNITS = ['d', 'h', 'min', 'm', 's', 'ms', 'us', 'ns'];

const SPRING_UNITS = new Set(['ns', 'us', 'ms', 's', 'm', 'h', 'd']);

const UNLIMITED = new Set(['none', 'unlimited', 'infinite', 'infinity', '∞', 'inf', 'never']);

/** The input as quoted in messages: long enough to recognise, never the whole of a huge one. */
const shown = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** Rounds to a whole number of nanoseconds expressed in ms, killing float noise. */
const clean = (n: number): Ms => ms(Math.round(n * 1e6) / 1e6);

/**
 * Parses a compound duration such as `1m30s` where every part carries a unit from `units`.
 * `bareUnit` is the unit of a trailing number without one (nginx: seconds), or undefined to forbid it.
 * `ordered`: units must descend (nginx).
 */
function parseCompound(
  text: string,
  units: readonly string[],
  bareUnit: string | undefined,
  ordered: boolean,
  allowFraction: boolean,
): Result<Ms> {
  const re = allowFraction ? /(\d+(?:\.\d*)?|\.\d+)([a-zA-Zµμ]*)/y : /(\d+)([a-zA-Zµμ]*)/y;
  let pos = 0;
  let total = 0;
  let lastRank = -1;
  let parts = 0;
  while (pos < text.length) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return err(`unexpected "${text.slice(pos, pos + 8)}" in duration "${shown(text)}"`);
    const num = Number(m[1]);
    const unit = m[2] ?? '';
    let factor: number;
    if (unit === '') {
      if (bareUnit === undefined) return err(`missing unit after ${m[1]} in "${shown(text)}"`);
      if (re.lastIndex !== text.length)
        return err(`missing unit after ${m[1]} in "${shown(text)}"`);
      factor = UNIT_MS[bareUnit] ?? 1;
    } else {
      const rank = units.indexOf(unit);
      if (rank < 0)
        return err(`unknown unit "${unit}" in "${shown(text)}" (expected ${units.join(', ')})`);
      if (ordered && rank <= lastRank) return err(`units out of order in "${shown(text)}"`);
      lastRank = rank;
      factor = UNIT_MS[unit] ?? 1;
    }
    total += num * factor;
    parts++;
    pos = re.lastIndex;
  }
  if (parts === 0) return err('empty duration');
  if (!Number.isFinite(total)) return err(`duration "${shown(text)}" is too large`);
  return ok(clean(total));
}

/** ISO-8601 durations as Java's `Duration.parse` accepts them: `PT60S`, `P1DT2H`, `PT0.5S`. */
function parseIso(text: string): Result<Ms> {
  const m =
    /^([+-])?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
      text,
    );
  if (!m || text.toUpperCase() === 'P' || /T$/i.test(text))
    return err(`"${shown(text)}" is not an ISO-8601 duration (e.g. PT60S)`);
  if (m[1] === '-') return err(`negative duration "${shown(text)}"`);
  const [d, h, min, s] = [m[2], m[3], m[4], m[5]].map((x) => (x === undefined ? 0 : Number(x)));
  return ok(
    clean((d ?? 0) * 86_400_000 + (h ?? 0) * 3_600_000 + (min ?? 0) * 60_000 + (s ?? 0) * 1000),
  );
}

function parseBare(text: string, factor: number): Result<Ms> {
  const t = text.replace(/_/g, '');
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(t)) return err(`"${shown(text)}" is not a number`);
  return ok(clean(Number(t) * factor));
}

/**
 * Parses a duration written in a technology's dialect. Never throws.
 * Returns milliseconds, or `null` where the dialect can say "no limit" (`human` only).
 * Negative values are rejected: callers map a technology's "-1 = infinite" convention themselves.
 */
export function parseDuration(input: string, dialect: DurationDialect): Result<DurationValue> {
  const text = input.trim();
  if (text === '') return err('empty duration');
  const r = parseInDialect(text, dialect);
  // A number too long for a double (400 digits) is Infinity: an error, never "no limit".
  if (r.ok && r.value !== null && !Number.isFinite(r.value))
    return err(`duration "${shown(text)}" is too large`);
  return r;
}

function parseInDialect(text: string, dialect: DurationDialect): Result<DurationValue> {
  switch (dialect) {
    case 'nginx':
      return parseCompound(text, NGINX_UNITS, 's', true, false);
    case 'go':
      if (text === '0') return ok(ms(0));
      return parseCompound(text, GO_UNITS, undefined, false, true);
    case 'spring': {
      if (/^[+-]?P/i.test(text)) return parseIso(text);
      const m = /^(\d+)([a-zA-Z]{0,2})$/.exec(text);
      if (!m) return err(`"${shown(text)}" is not a Spring duration (e.g. 60s, 500ms, PT1M)`);
      // Spring's DurationStyle.SIMPLE: ns, us, ms, s, m, h, d, case-insensitive (so `1M` is a minute).
      const unit = (m[2] ?? '').toLowerCase();
      const factor = unit === '' ? 1 : SPRING_UNITS.has(unit) ? UNIT_MS[unit] : undefined;
      if (factor === undefined)
        return err(`unknown unit "${m[2]}" in "${shown(text)}" (ns, us, ms, s, m, h, d)`);
      return ok(clean(Number(m[1]) * factor));
    }
    case 'haproxy':
      if (!/^\d+(us|ms|s|m|h|d)?$/.test(text))
        return err(`"${shown(text)}" is not an HAProxy time (e.g. 60s, 500, 1m)`);
      return parseCompound(text, ['d', 'h', 'm', 's', 'ms', 'us'], 'ms', false, false);
    case 'seconds':
      return parseBare(text, 1000);
    case 'ms':
      return parseBare(text, 1);
    case 'iso8601':
      return parseIso(text);
    case 'human': {
      if (UNLIMITED.has(text.toLowerCase())) return ok(null);
      const compact = text.replace(/\s+/g, '').replace(/_/g, '');
      if (/^(\d+(\.\d*)?|\.\d+)$/.test(compact)) return parseBare(compact, 1);
      if (/^P/i.test(compact)) return parseIso(compact);
      return parseCompound(compact, HUMAN_UNITS, undefined, true, true);
    }
  }
}

const trimZeros = (n: number): string => String(Math.round(n * 1000) / 1000);

/**
 * Formats milliseconds in a technology's own dialect, so snippets can be pasted as they are.
 * Inverse of `parseDuration` for every dialect: `parseDuration(formatDuration(x, d), d) = x`
 * for whole milliseconds (and for `seconds`, whole seconds).
 */
export function formatDuration(value: Ms, dialect: DurationDialect): string {
  const v = Math.round(value);
  switch (dialect) {
    case 'nginx':
    case 'haproxy':
    case 'spring':
      if (v % 3_600_000 === 0 && v > 0) return `${v / 3_600_000}h`;
      if (v % 60_000 === 0 && v > 0) return `${v / 60_000}m`;
      if (v % 1000 === 0) return `${v / 1000}s`;
      return `${v}ms`;
    case 'go':
      return formatGo(v);
    case 'seconds':
      return trimZeros(value / 1000);
    case 'ms':
      return String(v);
    case 'iso8601':
      return `PT${trimZeros(value / 1000)}S`;
    case 'human':
      return formatCompact(v);
  }
}

function formatGo(v: number): string {
  if (v === 0) return '0s';
  let out = '';
  let rest = v;
  for (const [unit, f] of [
    ['h', 3_600_000],
    ['m', 60_000],
  ] as const) {
    if (rest >= f) {
      out += `${Math.floor(rest / f)}${unit}`;
      rest %= f;
    }
  }
  if (rest === 0) return out;
  if (out === '' && rest < 1000) return `${rest}ms`;
  return `${out}${trimZeros(rest / 1000)}s`;
}

function formatCompact(v: number): string {
  if (v === 0) return '0s';
  const parts: string[] = [];
  let rest = v;
  for (const [unit, f] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
    ['ms', 1],
  ] as const) {
    if (rest >= f) {
      parts.push(`${Math.floor(rest / f)}${unit}`);
      rest %= f;
    }
  }
  return parts.join('');
}

/**
 * Short, readable form for people: `500 ms`, `5 s`, `1.5 s`, `65 s`, `10 min`, `2 h`, `∞`.
 * Not meant to be parsed back (use `formatDuration(x, 'human')` for that).
 */
export function describeDuration(value: DurationValue): string {
  if (value === null) return '∞';
  const v = value;
  if (v < 1000) return `${trimZeros(v)} ms`;
  if (v >= 7_200_000 && v % 3_600_000 === 0) return `${v / 3_600_000} h`;
  if (v >= 120_000 && v % 60_000 === 0) return `${v / 60_000} min`;
  return `${trimZeros(v / 1000)} s`;
}
