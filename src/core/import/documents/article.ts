import type { TextLine } from './lines';
import { isHeading, isSentence } from './prose';
import type { Snippet } from './snippet';

/** How many `{ ( [` and `<tag` a line opens minus how many it closes. */
function nesting(line: string): number {
  let d = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '{' || c === '(' || c === '[') d++;
    else if (c === '}' || c === ')' || c === ']') d--;
    else if (c === '<') {
      const next = line[i + 1] ?? '';
      if (next === '/') d--;
      else if (/[A-Za-z]/.test(next)) d++;
    } else if (c === '/' && line[i + 1] === '>') d--;
  }
  return d;
}

/** Lines inside `/* … *\/` or a `"""` / `'''` docstring are code, whatever they say. */
function commentState(line: string, inside: string | undefined): string | undefined {
  const t = line.trim();
  if (inside !== undefined) return t.includes(inside) ? undefined : inside;
  if (t.startsWith('/*')) return t.includes('*/', 2) ? undefined : '*/';
  for (const q of ['"""', "'''"]) {
    const at = t.indexOf(q);
    if (at >= 0 && t.indexOf(q, at + 3) < 0) return q;
  }
  return undefined;
}

export interface ArticleLines {
  /** Runs of config-looking lines between prose lines, blank lines at their ends left out. */
  runs: Snippet[];
  /** How many lines are sentences of prose (headings not counted). */
  sentences: number;
}

/**
 * Splits a plain-text article (a web page copied as text, indentation usually lost) into runs of
 * config-looking lines separated by prose: sentences, and headings outside an open block.
 */
export function findArticleRuns(lines: readonly TextLine[]): ArticleLines {
  const runs: Snippet[] = [];
  let sentences = 0;
  let inside: string | undefined;
  let depth = 0;
  let first = -1;
  let last = -1;
  const close = () => {
    const a = lines[first];
    const b = lines[last];
    if (a && b) runs.push({ start: a.start, end: b.end, firstLine: first + 1, lastLine: last + 1 });
    first = last = -1;
    depth = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    const wasInside = inside !== undefined;
    inside = commentState(text, inside);
    if (text.trim() === '') continue;
    const prose =
      !wasInside && inside === undefined && (isSentence(text) || (depth <= 0 && isHeading(text)));
    if (prose) {
      if (isSentence(text)) sentences++;
      if (first >= 0) close();
      continue;
    }
    if (first < 0) first = i;
    last = i;
    if (!wasInside) depth += nesting(text);
  }
  if (first >= 0) close();
  return { runs, sentences };
}
