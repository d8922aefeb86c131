import { splitLines } from '../../source/lines';
import type { Snippet } from './snippet';

/** One line of a text: where it starts and ends (before its line break), and its text. */
export interface TextLine {
  start: number;
  end: number;
  text: string;
}

/** The lines of a text with their text; `\r\n`, `\n` and a lone `\r` each end one. Linear. */
export function splitTextLines(text: string): TextLine[] {
  const lines = splitLines(text);
  // A final line break ends the last line; no empty line after it.
  if (lines.length > 0 && lines[lines.length - 1]?.start === text.length) lines.pop();
  return lines.map((l) => ({ ...l, text: text.slice(l.start, l.end) }));
}

/**
 * The document's text with every character outside [start, end) replaced by a space and the
 * line breaks kept, cut after `end`: a snippet read from it has the document's own lines,
 * columns and offsets.
 */
export function blankOutside(text: string, start: number, end: number): string {
  return blank(text.slice(0, start)) + text.slice(start, end);
}

const blank = (t: string): string => t.replace(/[^\r\n]/g, ' ');

/**
 * A snippet's text read on its own: the document blanked outside it (blankOutside) and in its
 * holes, and, for a `<<-` heredoc, its lines' leading tabs made spaces (the shell strips them;
 * a space keeps the columns and offsets). Linear.
 */
export function snippetText(text: string, s: Snippet): string {
  const parts = [blank(text.slice(0, s.start))];
  let at = s.start;
  for (const h of s.holes ?? []) {
    if (h.start < at || h.end > s.end) continue;
    parts.push(text.slice(at, h.start), blank(text.slice(h.start, h.end)));
    at = h.end;
  }
  parts.push(text.slice(at, s.end));
  const own = parts.join('');
  if (!s.stripTabs) return own;
  const body = own.slice(s.start).replace(/^\t+/gm, (t) => ' '.repeat(t.length));
  return own.slice(0, s.start) + body;
}

/** The first non-blank line of text[start, end), trimmed (read from at most its first 400 characters). */
export function firstNonBlankLine(text: string, start: number, end: number): string {
  const head = text.slice(start, Math.min(end, start + 400));
  return (head.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '').trim();
}
