import type { TextLine } from './lines';
import type { Snippet } from './snippet';

/** A fence line: up to three spaces, then three or more backticks or tildes, then the info string. */
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

interface Fence {
  char: string;
  length: number;
  info: string;
}

function readFence(line: string): Fence | undefined {
  const m = FENCE.exec(line);
  const marks = m?.[1];
  if (!marks) return undefined;
  const info = (m[2] ?? '').trim();
  // CommonMark: a backtick fence's info string holds no backtick (``` `code` ``` is inline code).
  if (marks.startsWith('`') && info.includes('`')) return undefined;
  return { char: marks.charAt(0), length: marks.length, info };
}

const closes = (open: Fence, line: string): boolean => {
  const f = readFence(line);
  return f !== undefined && f.char === open.char && f.length >= open.length && f.info === '';
};

const snippetOf = (
  lines: readonly TextLine[],
  from: number,
  to: number,
  hint?: string,
): Snippet => ({
  start: lines[from]?.start ?? 0,
  end: lines[to]?.end ?? 0,
  firstLine: from + 1,
  lastLine: to + 1,
  ...(hint ? { hint } : {}),
});

const isBlank = (line: string): boolean => line.trim() === '';
const isIndentedCode = (line: string): boolean => /^(?: {4}|\t)/.test(line) && !isBlank(line);

/**
 * The code blocks of a Markdown text: fenced blocks (``` or ~~~, with an info string; an
 * unterminated fence runs to the end, as CommonMark says; a shorter or other fence inside does
 * not close it) and indented blocks (four spaces, after a blank line). Empty blocks are skipped.
 * Also returns whether any fence was found.
 */
export function findCodeBlocks(lines: readonly TextLine[]): { blocks: Snippet[]; fenced: boolean } {
  const blocks: Snippet[] = [];
  let fenced = false;
  let i = 0;
  while (i < lines.length) {
    const text = lines[i]?.text ?? '';
    const open = readFence(text);
    if (open) {
      fenced = true;
      let j = i + 1;
      while (j < lines.length && !closes(open, lines[j]?.text ?? '')) j++;
      const hint = open.info
        .split(/\s/)[0]
        ?.replace(/^\{?\.?/, '')
        .toLowerCase();
      if (j - 1 >= i + 1 && lines.slice(i + 1, j).some((l) => !isBlank(l.text)))
        blocks.push(snippetOf(lines, i + 1, j - 1, hint));
      i = j + 1;
      continue;
    }
    if (isIndentedCode(text) && (i === 0 || isBlank(lines[i - 1]?.text ?? ''))) {
      let j = i;
      let last = i;
      while (
        j < lines.length &&
        (isIndentedCode(lines[j]?.text ?? '') || isBlank(lines[j]?.text ?? ''))
      ) {
        if (!isBlank(lines[j]?.text ?? '')) last = j;
        j++;
      }
      blocks.push(snippetOf(lines, i, last));
      i = last + 1;
      continue;
    }
    i++;
  }
  return { blocks, fenced };
}
