/**
 * The `Keep-Alive` response header (RFC 2068 §19.7.1.1; draft-thomson-hybi-http-timeout):
 * `Keep-Alive: timeout=5, max=1000` — `timeout` in seconds the server says it keeps an idle
 * connection, `max` the requests it still allows on it. Parameter names are case-insensitive,
 * values are tokens or quoted strings; unknown parameters are ignored.
 */

export interface KeepAliveHint {
  /** The advertised `timeout`, in milliseconds; null when the header has no `timeout`. */
  timeoutMs: number | null;
  /** The advertised `max` (requests left on this connection); null when absent. */
  max: number | null;
}

export interface ParsedKeepAlive {
  hint: KeepAliveHint;
  /** Parameters that could not be read, in words (shown as notes, never fatal). */
  problems: string[];
}

/** Splits on commas outside double quotes (a quoted value may hold one), in one pass. */
function splitParams(text: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' && text[i - 1] !== '\\') quoted = !quoted;
    else if (c === ',' && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const unquote = (v: string): string =>
  v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v;

/** A decimal number of seconds, or a whole count: digits only (no sign, no exponent). */
const readNumber = (v: string, fraction: boolean): number | null =>
  (fraction ? /^(\d+(\.\d+)?)$/ : /^\d+$/).test(v) ? Number(v) : null;

/**
 * Reads the values of every `Keep-Alive` header of a response (joined as one list, as HTTP joins
 * repeated headers). The first valid `timeout` and `max` win. Never throws.
 */
export function parseKeepAliveHeader(values: readonly string[]): ParsedKeepAlive {
  const hint: KeepAliveHint = { timeoutMs: null, max: null };
  const problems: string[] = [];
  for (const param of splitParams(values.join(','))) {
    const eq = param.indexOf('=');
    const name = (eq < 0 ? param : param.slice(0, eq)).trim().toLowerCase();
    const raw = eq < 0 ? '' : unquote(param.slice(eq + 1).trim());
    if (name !== 'timeout' && name !== 'max') continue;
    const n = readNumber(raw, name === 'timeout');
    if (n === null || !Number.isFinite(n)) {
      problems.push(`Keep-Alive ${name}="${raw.slice(0, 40)}" is not a number; ignored`);
      continue;
    }
    if (name === 'timeout' && hint.timeoutMs === null) hint.timeoutMs = Math.round(n * 1000);
    if (name === 'max' && hint.max === null) hint.max = n;
  }
  return { hint, problems };
}
