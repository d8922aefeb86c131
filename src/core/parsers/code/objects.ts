import { findClosing, findRecoveryEnd, splitTopLevel, trimSpan, type Span } from './brackets';

/** One `key: value` of an object literal (JS) or keyword argument (Python `key=value`). */
export interface ObjectEntry {
  key: string;
  keyOffset: number;
  /** The value's span; for a shorthand `{ keepAliveTimeout }` it is the key itself. */
  value: Span;
}

const JS_KEY = /^(?:([A-Za-z_$][\w$]*)|(['"])[^\n]*?\2|(\d+))\s*:/;
const SHORTHAND = /^[A-Za-z_$][\w$]*$/;
const KEY_PREFIX = 300;

/**
 * The entries of the object literal whose `{` is at `open` (JS/TS). Quoted keys are read from the
 * original text; spreads, methods and computed keys are skipped. `close` is -1 when unterminated.
 */
export function readObjectEntries(
  text: string,
  masked: string,
  open: number,
): { entries: ObjectEntry[]; close: number } {
  const close = findClosing(masked, open);
  const end = close < 0 ? findRecoveryEnd(masked, open) : close;
  const entries: ObjectEntry[] = [];
  for (const span of splitTopLevel(masked, open + 1, end)) {
    // Keys sit at the start of an entry: a bounded prefix keeps nested objects linear.
    const piece = masked.slice(span.start, Math.min(span.end, span.start + KEY_PREFIX));
    const m = JS_KEY.exec(piece);
    if (m) {
      const key =
        m[1] ?? m[3] ?? text.slice(span.start + 1, span.start + m[0].indexOf(m[2] ?? '', 1));
      const value = trimSpan(masked, { start: span.start + m[0].length, end: span.end });
      entries.push({ key, keyOffset: span.start, value });
    } else if (span.end - span.start < KEY_PREFIX && SHORTHAND.test(piece))
      entries.push({ key: piece, keyOffset: span.start, value: span });
  }
  return { entries, close };
}

/**
 * The arguments of the call whose `(` is at `open`, as trimmed spans; `close` is -1 when the call
 * is never closed (the arguments then end where the indentation says, see findRecoveryEnd).
 */
export function readArguments(masked: string, open: number): { args: Span[]; close: number } {
  const close = findClosing(masked, open);
  const end = close < 0 ? findRecoveryEnd(masked, open) : close;
  return { args: splitTopLevel(masked, open + 1, end), close };
}
