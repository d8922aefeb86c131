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

/**
 * Partners and enclosing brackets of one masked text, computed once in O(n) so that the many
 * look-ups of a parse stay linear. A closer pops whatever opener is innermost (lenient with
 * mismatched kinds); stray closers are ignored.
 */
class BracketIndex {
  /** For a bracket: the index of its partner, or -1. */
  readonly partner: Int32Array;
  /** For a position p: the innermost opener left open before p, or -1. */
  readonly enclosing: Int32Array;

  constructor(masked: string) {
    const n = masked.length;
    this.partner = new Int32Array(n).fill(-1);
    this.enclosing = new Int32Array(n + 1).fill(-1);
    const stack: number[] = [];
    for (let i = 0; i < n; i++) {
      this.enclosing[i] = stack.at(-1) ?? -1;
      const c = masked[i] ?? '';
      if (OPENERS.includes(c)) stack.push(i);
      else if (CLOSERS.includes(c)) {
        const open = stack.pop();
        if (open !== undefined) {
          this.partner[open] = i;
          this.partner[i] = open;
        }
      }
    }
    this.enclosing[n] = stack.at(-1) ?? -1;
  }
}

let cache: { text: string; index: BracketIndex } | undefined;

/**
 * The bracket index of `masked`. The one of the last long text is kept (a parse asks about its
 * file many times); short texts such as one expression get a fresh one and leave the cache alone.
 */
function bracketsOf(masked: string): BracketIndex {
  if (masked.length < 4096) return new BracketIndex(masked);
  if (cache?.text !== masked) cache = { text: masked, index: new BracketIndex(masked) };
  return cache.index;
}

/** Index of the bracket closing the one at `open`, or -1 when the text ends first. */
export function findClosing(masked: string, open: number): number {
  if (!OPENERS.includes(masked[open] ?? '_')) return -1;
  return bracketsOf(masked).partner[open] ?? -1;
}

/** Index of the bracket opening the one at `close`, or -1. */
export function findOpening(masked: string, close: number): number {
  if (!CLOSERS.includes(masked[close] ?? '_')) return -1;
  return bracketsOf(masked).partner[close] ?? -1;
}

/** Index of the innermost bracket left open before `pos`, or -1 at top level. */
export function findEnclosingOpen(masked: string, pos: number): number {
  if (pos <= 0) return -1;
  return bracketsOf(masked).enclosing[Math.min(pos, masked.length)] ?? -1;
}

/** Splits [start, end) at top-level `sep` characters; whitespace-only pieces are dropped. */
export function splitTopLevel(masked: string, start: number, end: number, sep = ','): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let from = start;
  const push = (to: number) => {
    const span = trimSpan(masked, { start: from, end: to });
    if (span.start < span.end) out.push(span);
  };
  for (let i = start; i < end; i++) {
    const c = masked[i] ?? '';
    if (OPENERS.includes(c)) {
      // Jump over a closed bracket: nested literals are then scanned once, not once per level.
      const close = depth === 0 ? findClosing(masked, i) : -1;
      if (close > i && close < end) i = close;
      else depth++;
    } else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
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
 * an operator, `(` or `,` continues it); at most 500 characters on.
 */
export function findExpressionEnd(masked: string, start: number, stopAtComma: boolean): number {
  let depth = 0;
  // Constant expressions are short: a longer one is cut (and then does not evaluate).
  const limit = Math.min(masked.length, start + MAX_EXPRESSION);
  for (let i = start; i < limit; i++) {
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
  return limit;
}

const MAX_EXPRESSION = 500;

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

/** The number of spaces and tabs at `at`. */
function indentAt(text: string, at: number): number {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i - at;
}

/**
 * Where an unterminated bracket opened at `open` most likely ends: before the first non-blank line
 * indented no deeper than the line it was opened on (the code after a lost `}`), else the text end.
 * Keeps recovery local, so one broken literal neither swallows nor slows down the rest.
 */
export function findRecoveryEnd(masked: string, open: number): number {
  const lineStart = masked.lastIndexOf('\n', open) + 1;
  const base = indentAt(masked, lineStart);
  for (let at = masked.indexOf('\n', open); at >= 0; at = masked.indexOf('\n', at + 1)) {
    const start = at + 1;
    const depth = indentAt(masked, start);
    const next = masked[start + depth];
    if (next !== undefined && next !== '\n' && next !== '\r' && depth <= base) return at;
  }
  return masked.length;
}
