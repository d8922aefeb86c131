/** One compiled piece of a glob segment: `*`, `?`, a `[…]` class, or a literal character. */
type Piece =
  | { kind: 'star' }
  | { kind: 'any' }
  | { kind: 'char'; code: number }
  | { kind: 'class'; negate: boolean; ranges: number[] };

const STAR: Piece = { kind: 'star' };
const ANY: Piece = { kind: 'any' };

/**
 * Compiles one path segment of a glob (no `/` in it): `*`, `?` and `[…]` classes with `!` or `^`
 * negation and `a-z` ranges, as glob(3) reads them; a `[` with no closing `]` is literal.
 * Consecutive stars collapse into one (they match the same names).
 */
export function compileGlobSegment(segment: string): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    if (c === 42) {
      if (pieces[pieces.length - 1] !== STAR) pieces.push(STAR);
    } else if (c === 63) pieces.push(ANY);
    else if (c === 91 && segment.indexOf(']', i + 2) > 0) {
      const close = segment.indexOf(']', i + 2);
      let j = i + 1;
      const negate = segment[j] === '!' || segment[j] === '^';
      if (negate) j++;
      const ranges: number[] = [];
      for (; j < close; j++) {
        const from = segment.charCodeAt(j);
        if (segment[j + 1] === '-' && j + 2 < close) {
          ranges.push(from, segment.charCodeAt(j + 2));
          j += 2;
        } else ranges.push(from, from);
      }
      pieces.push({ kind: 'class', negate, ranges });
      i = close;
    } else pieces.push({ kind: 'char', code: c });
  }
  return pieces;
}

function matchesOne(piece: Piece, code: number): boolean {
  if (piece.kind === 'any') return true;
  if (piece.kind === 'char') return piece.code === code;
  if (piece.kind === 'star') return false;
  let inside = false;
  for (let k = 0; k + 1 < piece.ranges.length && !inside; k += 2)
    inside = code >= (piece.ranges[k] ?? 0) && code <= (piece.ranges[k + 1] ?? -1);
  return inside !== piece.negate;
}

/**
 * True when `name` (one path segment) matches the compiled glob. Greedy two-pointer matching
 * that backtracks only to the last `*` seen: no regular expression, so no catastrophic
 * backtracking; `*a*a*…b` against a long name costs O(pattern + name) steps.
 */
export function matchGlobSegment(pieces: readonly Piece[], name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const piece = pieces[p];
    if (piece !== undefined && piece.kind === 'star') {
      starP = p++;
      starN = n;
    } else if (piece !== undefined && matchesOne(piece, name.charCodeAt(n))) {
      p++;
      n++;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else return false;
  }
  while (pieces[p]?.kind === 'star') p++;
  return p === pieces.length;
}
