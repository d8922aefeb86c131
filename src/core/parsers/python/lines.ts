/**
 * Line structure of Dockerfiles, Procfiles, compose files and shell scripts: logical lines
 * (joined at a trailing `\`), YAML block lists under `command:`/`args:`, and the compose service
 * or Procfile process a line belongs to.
 */
import type { Line } from '../../source/lines';

/** Logical lines (blank ones left out): a line ending in `\` continues on the next one. Indices into `lines`. */
export function logicalLines(
  text: string,
  lines: readonly Line[],
): { line: Line; first: number; last: number }[] {
  const out: { line: Line; first: number; last: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    while (i < lines.length - 1 && endsWithBackslash(text, lines[i])) i++;
    const a = lines[first];
    const b = lines[i];
    // Blank lines hold no command: leaving them out keeps blank-heavy files cheap.
    if (a && b && !(a === b && isBlank(text, a)))
      out.push({ line: a === b ? a : { start: a.start, end: b.end }, first, last: i });
  }
  return out;
}

/** Whether the line's last non-blank character is `\` (the shell's line continuation). */
function endsWithBackslash(text: string, line: Line | undefined): boolean {
  if (!line) return false;
  let i = line.end - 1;
  while (i >= line.start && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= line.start && text[i] === '\\';
}

/** Whether the line holds only spaces and tabs. */
export function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}

/** Index of the line containing `offset` (binary search: lines are in text order). */
export function lineAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const indentOf = (text: string, line: Line): number => {
  let i = line.start;
  while (i < line.end && (text[i] === ' ' || text[i] === '\t')) i++;
  return i - line.start;
};

const KEY_ONLY = /^\s*(?:-\s+)?([\w.-]+)\s*:\s*$/;

/**
 * The compose service (`services:` → `web:`) that line `index` belongs to, if the file has a
 * `services:` map; undefined otherwise.
 */
export function composeService(
  text: string,
  lines: readonly Line[],
  index: number,
): string | undefined {
  const here = lines[index];
  if (!here) return undefined;
  let indent = indentOf(text, here);
  let child: string | undefined;
  for (let i = index - 1; i >= 0 && indent > 0 && index - i < 2000; i--) {
    const line = lines[i];
    if (!line) break;
    const body = text.slice(line.start, line.end);
    if (body.trim() === '') continue;
    const lineIndent = indentOf(text, line);
    if (lineIndent >= indent) continue;
    const key = KEY_ONLY.exec(body)?.[1];
    if (key === 'services') return child;
    child = key;
    indent = lineIndent;
  }
  return undefined;
}

/**
 * A YAML block list that follows `command:`/`entrypoint:`/`args:` on line `index`:
 * the item spans (quotes included) and the index of its last line.
 */
export function yamlBlockList(
  text: string,
  lines: readonly Line[],
  index: number,
): { key: string; items: Line[]; last: number; folded?: boolean } | undefined {
  const head = lines[index];
  if (!head) return undefined;
  const keyLine = /^\s*(?:-\s+)?(command|entrypoint|args)\s*:\s*([>|][-+]?)?\s*$/.exec(
    text.slice(head.start, head.end),
  );
  const key = keyLine?.[1];
  if (!key) return undefined;
  const keyIndent = indentOf(text, head);
  if (keyLine[2]) return blockScalar(text, lines, index, keyIndent, key);
  const items: Line[] = [];
  let last = index;
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    const body = text.slice(line.start, line.end);
    if (body.trim() === '') continue;
    const m = /^(\s*)(-\s+)(.*?)\s*$/.exec(body);
    if (!m || (m[1] ?? '').length < keyIndent) break;
    const start = line.start + (m[1] ?? '').length + (m[2] ?? '').length;
    items.push({ start, end: start + (m[3] ?? '').length });
    last = i;
  }
  return items.length > 0 ? { key, items, last } : undefined;
}

/**
 * `command: >` / `command: |` (a compose file's folded or literal block): the lines indented
 * deeper than the key, as one command line (the shell splits it on the newlines anyway).
 */
function blockScalar(
  text: string,
  lines: readonly Line[],
  index: number,
  keyIndent: number,
  key: string,
): { key: string; items: Line[]; last: number; folded: boolean } | undefined {
  let first: Line | undefined;
  let last = index;
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    if (isBlank(text, line)) continue;
    if (indentOf(text, line) <= keyIndent) break;
    first ??= line;
    last = i;
  }
  const end = lines[last]?.end ?? 0;
  return first ? { key, items: [{ start: first.start, end }], last, folded: true } : undefined;
}
