import { looksLikeChainFile } from '../../chain-file';
import type { SourceFile } from '../../parsers/types';
import type { FileImport } from '../import-files';
import { endingForHint } from './hint';
import { firstNonBlankLine, snippetText } from './lines';
import { mergeSnippetImports, type SkippedSnippet, type SnippetPart } from './merge';
import type { DocumentSplit, Snippet } from './snippet';
import { splitDocument } from './split';

/**
 * At most this many snippets of one document are imported (each is read over the document's
 * length up to its end); the rest are named in a diagnostic. Keeps a document's import linear.
 */
export const MAX_SNIPPETS = 40;

interface Expanded {
  doc: SourceFile;
  split: DocumentSplit;
  names: string[];
  snippets: Snippet[];
  /** How many of `snippets` (at their end) are scripts around heredocs: not listed when unread. */
  scripts: number;
  skipped: SkippedSnippet[];
}

/**
 * A name no user file has, ending as the snippet's file would: a heredoc's target (`/app.conf`),
 * a fence's hint (`.conf` for nginx), a script's own name (`/Dockerfile`); never a Markdown
 * document's name, whose words would be taken as hints.
 */
function snippetName(
  doc: SourceFile,
  split: DocumentSplit,
  k: number,
  s: Snippet,
  script: boolean,
) {
  const own = script ? (split.kind === 'shell' ? doc.name : undefined) : s.target;
  const base = own?.split('/').pop();
  const ending = base ? `/${base}` : endingForHint(s.hint);
  return `⟨${script ? 'script' : 'snippet'} ${k + 1}:${s.firstLine}-${s.lastLine}⟩${ending}`;
}

/**
 * What a snippet plainly is when it is no config, else undefined: a shell session pasted with its
 * output (`$ npx timeout-chain check …` and what it printed: the output quotes settings), or a PEM
 * certificate or key (a setup script writes CA bundles by heredoc; `# comment` lines may come first).
 */
function plainlyNoConfig(text: string, s: Snippet): string | undefined {
  const first = firstNonBlankLine(text, s.start, s.end);
  if (first.startsWith('$ ')) return 'a terminal session: commands and their output';
  const head = text.slice(s.start, Math.min(s.end, s.start + 2000));
  const line = head.split(/\r\n|\r|\n/).find((l) => l.trim() !== '' && !l.startsWith('#'));
  if (line?.trim().startsWith('-----BEGIN ')) return 'a PEM certificate or key';
  return undefined;
}

export interface ExpandedDocuments {
  /** The given files with each document replaced by its snippets (named apart from real files). */
  files: SourceFile[];
  /** The imports of `files`, in order, folded back: one import per given file. */
  fold(imports: readonly FileImport[]): FileImport[];
}

/**
 * Replaces each document (Markdown with code blocks, a pasted article) by its snippets, so every
 * snippet goes through the normal pipeline; `fold` makes their imports one import named for the
 * document. Other files pass through. `maxChars` is the import's size limit.
 */
export function expandDocuments(files: readonly SourceFile[], maxChars: number): ExpandedDocuments {
  const out: SourceFile[] = [];
  const docs = new Map<number, Expanded>();
  files.forEach((file, k) => {
    const split =
      file.text.length <= maxChars &&
      file.text.trim() !== '' &&
      !looksLikeChainFile(file.text, file.name)
        ? splitDocument(file.text, file.name)
        : undefined;
    if (!split) return void out.push(file);
    const plain = new Map<Snippet, string>();
    for (const s of split.snippets) {
      const what = plainlyNoConfig(file.text, s);
      if (what !== undefined) plain.set(s, what);
    }
    const configs = split.snippets.filter((s) => !plain.has(s));
    const scripts = (split.scripts ?? []).slice(0, MAX_SNIPPETS);
    const snippets = [...configs.slice(0, MAX_SNIPPETS), ...scripts];
    const names = snippets.map((s, i) =>
      snippetName(file, split, k, s, i >= snippets.length - scripts.length),
    );
    snippets.forEach((s, i) => out.push({ name: names[i] ?? '', text: snippetText(file.text, s) }));
    const skipped = [
      ...[...plain].map(([snippet, what]) => ({ snippet, what })),
      ...configs
        .slice(MAX_SNIPPETS)
        .map((snippet) => ({ snippet, what: 'not read: too many snippets in one document' })),
    ];
    docs.set(k, { doc: file, split, names, snippets, scripts: scripts.length, skipped });
  });
  return {
    files: out,
    fold(imports) {
      const folded: FileImport[] = [];
      let at = 0;
      files.forEach((file, k) => {
        const d = docs.get(k);
        if (!d) {
          const own = imports[at++];
          if (own) folded.push(own);
          return;
        }
        const parts: SnippetPart[] = [];
        const firstScript = d.snippets.length - d.scripts;
        d.snippets.forEach((snippet, i) => {
          const read = imports[at++];
          if (read)
            parts.push({
              snippet,
              name: d.names[i] ?? '',
              read,
              ...(i >= firstScript ? { script: true } : {}),
            });
        });
        folded.push(mergeSnippetImports(file, d.split, parts, d.skipped));
      });
      return folded;
    },
  };
}
