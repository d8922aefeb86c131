/** One line of a text: where it starts and ends (before its line break), and its text. */
export interface TextLine {
  start: number;
  end: number;
  text: string;
}

/** The lines of a text; `\r\n`, `\n` and a lone `\r` each end one. One pass: linear. */
export function splitLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    out.push({ start, end: i, text: text.slice(start, i) });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/**
 * The document's text with every character outside [start, end) replaced by a space and the
 * line breaks kept, cut after `end`: a snippet read from it has the document's own lines,
 * columns and offsets.
 */
export function blankOutside(text: string, start: number, end: number): string {
  const before = text.slice(0, start).replace(/[^\r\n]/g, ' ');
  return before + text.slice(start, end);
}

/** The first non-blank line of text[start, end), trimmed (read from at most its first 400 characters). */
export function firstNonBlankLine(text: string, start: number, end: number): string {
  const head = text.slice(start, Math.min(end, start + 400));
  return (head.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '').trim();
}
