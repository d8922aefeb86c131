/**
 * Bracket-aware scanning over masked code (strings and comments already blanked, so every
 * bracket seen is real). All offsets are 0-based indices into the text; ends are exclusive.
 */
export interface Span {
  start: number;
  end: number;
}

const OPENERS = '([{';
const CLOSERS = ')]}';

/** Index of the bracket closing the one at `open`, or -1 when the text ends first. */
export function findClosing(masked: string, open: number): number {
  let depth = 0;
  for (let i = open; i < masked.length; i++) {
    const c = masked[i] ?? '';
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c) && --depth === 0) return i;
  }
  return -1;
}

/** Index of the bracket opening the one at `close`, or -1. */
export function findOpening(masked: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const c = masked[i] ?? '';
    if (CLOSERS.includes(c)) depth++;
    else if (OPENERS.includes(c) && --depth === 0) return i;
  }
  return -1;
}

/** Index of the innermost bracket left open before `pos`, or -1 at top level. */
export function findEnclosingOpen(masked: string, pos: number): number {
  let depth = 0;
  for (let i = pos - 1; i >= 0; i--) {
    const c = masked[i] ?? '';
    if (CLOSERS.includes(c)) depth++;
    else if (OPENERS.includes(c)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Splits [start, end) at top-level `sep` characters; whitespace-only pieces are dropped. */
export function splitTopLevel(masked: string, start: number, end: number, sep = ','): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let from = start;
  const push = (to: number) => {
    if (masked.slice(from, to).trim() !== '') out.push(trimSpan(masked, { start: from, end: to }));
  };
  for (let i = start; i < end; i++) {
    const c = masked[i] ?? '';
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === sep && depth === 0) {
      push(i);
      from = i + 1;
    }
  }
  push(end);
  return out;
}

/** The span without leading and trailing whitespace. */
export function trimSpan(masked: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(masked[start] ?? '')) start++;
  while (end > start && /\s/.test(masked[end - 1] ?? '')) end--;
  return { start, end };
}

/**
 * End of an expression starting at `start`: the first top-level `;`, `,` (when `stopAtComma`),
 * unmatched closing bracket, or newline that does not continue the expression (a line ending in
 * an operator, `(` or `,` continues it).
 */
export function findExpressionEnd(masked: string, start: number, stopAtComma: boolean): number {
  let depth = 0;
  for (let i = start; i < masked.length; i++) {
    const c = masked[i] ?? '';
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && (c === ';' || (stopAtComma && c === ','))) return i;
    else if (depth === 0 && c === '\n') {
      const before = masked[previousNonSpace(masked, i)] ?? '';
      const after = masked[nextNonSpace(masked, i + 1)] ?? '';
      const continues =
        (before !== '' && '-+*/%&|(,='.includes(before)) ||
        (after !== '' && '-+*/%.'.includes(after));
      if (!continues) return i;
    }
  }
  return masked.length;
}

/** Index of the last non-whitespace character before `pos`, or -1. */
export function previousNonSpace(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  return i;
}

/** Index of the first non-whitespace character at or after `pos` (text.length when none). */
export function nextNonSpace(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}
