import { findOpening } from './brackets';

/**
 * The receiver of a member access whose `.` is at `dot`: `srv` in `srv.IdleTimeout`,
 * `s.httpServer` in `s.httpServer.IdleTimeout`, `http.DefaultTransport.(*http.Transport)`.
 * Whitespace is removed; undefined when there is no receiver (a leading `.` on a line).
 */
export function readReceiver(
  masked: string,
  dot: number,
): { text: string; start: number } | undefined {
  let i = dot;
  for (let steps = 0; steps < 200; steps++) {
    let j = i - 1;
    while (j >= 0 && (masked[j] === ' ' || masked[j] === '\t')) j--;
    const c = masked[j] ?? '';
    if (/[\w$]/.test(c)) {
      while (j > 0 && /[\w$]/.test(masked[j - 1] ?? '')) j--;
      i = j;
      const before = masked[j - 1];
      if (before !== '.') break;
      i = j - 1;
    } else if (c === ')' || c === ']') {
      const o = findOpening(masked, j);
      if (o < 0) break;
      i = o;
      if (masked[o - 1] !== '.' && !/[\w$]/.test(masked[o - 1] ?? '')) break;
      if (masked[o - 1] === '.') i = o - 1;
    } else break;
  }
  if (i >= dot) return undefined;
  const text = masked.slice(i, dot).replace(/\s+/g, '');
  return text === '' ? undefined : { text, start: i };
}
