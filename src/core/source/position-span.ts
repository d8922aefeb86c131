import type { Diagnostic } from './diagnostic';
import { LineIndex } from './line-index';

/** Characters that end the word a position points at (a key, a value, an expression). */
const DELIMITER = /[\s,;=(){}[\]"'<>`]/;

/** Longest word a span covers: a diagnostic points at a value or a key, not at a paragraph. */
const MAX_WORD = 200;

/** Where the word starting at `start` ends: a quoted string to its closing quote on the line. */
function wordEnd(text: string, start: number, lineEnd: number): number {
  const first = text[start];
  if (first === '"' || first === "'" || first === '`') {
    const close = text.indexOf(first, start + 1);
    return close > start && close < lineEnd ? close + 1 : start + 1;
  }
  let end = start;
  const stop = Math.min(lineEnd, start + MAX_WORD);
  while (end < stop && !DELIMITER.test(text[end] ?? ' ')) end++;
  return end > start ? end : Math.min(start + 1, lineEnd > start ? lineEnd : text.length);
}

/**
 * Gives each diagnostic that a reader placed by line and column (not by offsets) the span the
 * editor underlines: from its position to `endLine`/`endColumn` when known, else over the word
 * there. Diagnostics of the whole file (line 1, column 1 with nothing there) get one too; those
 * with a span keep theirs. `textOf` gives a file's text (undefined: left as they are).
 */
export function addPositionSpans(
  diagnostics: readonly Diagnostic[],
  textOf: (file: string) => string | undefined,
): Diagnostic[] {
  const indexes = new Map<string, LineIndex>();
  return diagnostics.map((d) => {
    if (d.span || d.file === undefined) return d;
    const text = textOf(d.file);
    if (text === undefined) return d;
    let index = indexes.get(d.file);
    if (!index) indexes.set(d.file, (index = new LineIndex(text)));
    const lineStart = index.lineStart(d.line);
    const next = d.line < index.lineCount ? index.lineStart(d.line + 1) : text.length;
    // The line's end before its line break (`\n`, `\r\n` or `\r`).
    let lineEnd = next;
    while (lineEnd > lineStart && (text[lineEnd - 1] === '\n' || text[lineEnd - 1] === '\r'))
      lineEnd--;
    const start = Math.min(lineStart + Math.max(0, d.column - 1), lineEnd);
    let end: number;
    if (d.endLine !== undefined) {
      end = Math.min(index.lineStart(d.endLine) + Math.max(0, (d.endColumn ?? 1) - 1), text.length);
      if (end < start) end = start;
    } else end = wordEnd(text, start, lineEnd);
    return { ...d, span: { file: d.file, start, end } };
  });
}
