import type { FileImport } from '../import-files';
import type { SourceFile } from '../../parsers/types';
import { firstNonBlankLine } from './lines';
import { describeLines, type Snippet } from './snippet';

/** The first non-blank line of a snippet, shortened: what a person recognises it by. */
function firstWords(doc: SourceFile, s: Snippet): string {
  const t = firstNonBlankLine(doc.text, s.start, s.end);
  return `“${t.length > 40 ? `${t.slice(0, 39)}…` : t}”`;
}

/** What a snippet that gave nothing looks like: `a HAProxy config, not read yet`, `bash: “kubectl get …”`. */
export function describeUnreadSnippet(
  doc: SourceFile,
  s: Snippet,
  read: FileImport | undefined,
): string {
  const hint = s.hint ? `${s.hint}: ` : '';
  if (read?.format === 'chain-file') return 'a chain file: give it as a file of its own';
  if (read && read.kind !== 'unread')
    return `read as ${read.formatName}, no keep-alive setting in it`;
  const first = read?.diagnostics[0];
  const like =
    first?.code === 'IMPORT_FORMAT_NOT_READ'
      ? /looks like an? (.+?) config/.exec(first.message)?.[1]
      : undefined;
  if (like) return `a ${like} config, not read yet`;
  return `${hint}${firstWords(doc, s)}`;
}

/** `lines 3–9 (bash: “npm install”), line 14 (…)` */
export const listSnippets = (items: readonly { snippet: Snippet; what: string }[]): string =>
  items.map((i) => `${describeLines(i.snippet)} (${i.what})`).join(', ');
