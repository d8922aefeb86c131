import { findArticleRuns } from './article';
import { splitTextLines, type TextLine } from './lines';
import { findCodeBlocks } from './markdown';
import { isSentence } from './prose';
import { hasHeredoc, mayBeShell, splitHeredocs, splitShellScript } from './shell';
import type { DocumentSplit, Snippet } from './snippet';

/** Names of Markdown files: read as documents even with no code block. */
const MARKDOWN_NAME = /\.(?:md|markdown|mdx|mkd)$/i;
/** An article needs this many sentences and runs: a config with a stray sentence is not one. */
const MIN_SENTENCES = 2;
const MIN_RUNS = 2;

/** A fence line anywhere in a text (see markdown.ts). */
const ANY_FENCE = /(?:^|[\r\n]) {0,3}(?:`{3,}|~{3,})/;
/** A fence line: the substring search first, at native speed, on the large config most texts are. */
const hasFence = (text: string): boolean =>
  (text.includes('```') || text.includes('~~~')) && ANY_FENCE.test(text);
/** Where a line may start a sentence: a letter or an opening quote in column 0. */
const SENTENCE_START = /(?:^|[\r\n])[A-Za-z“"'‘]/g;

/** Whether the text has at least `min` sentence lines (a necessary condition for an article). */
function hasSentences(text: string, min: number): boolean {
  let found = 0;
  SENTENCE_START.lastIndex = 0;
  for (let m = SENTENCE_START.exec(text); m; m = SENTENCE_START.exec(text)) {
    const start = m.index + m[0].length - 1;
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    if (isSentence(text.slice(start, end)) && ++found >= min) return true;
    SENTENCE_START.lastIndex = end;
  }
  return false;
}

/** Whether a line outside every block is a sentence of prose (what a Markdown text has). */
function hasProseOutside(lines: readonly TextLine[], blocks: readonly Snippet[]): boolean {
  let b = 0;
  for (let i = 0; i < lines.length; i++) {
    while (b < blocks.length && (blocks[b]?.lastLine ?? 0) < i + 1) b++;
    const block = blocks[b];
    // The fence lines themselves are next to a block: a line one before or after is not prose.
    if (block && i + 2 >= block.firstLine && i <= block.lastLine) continue;
    if (isSentence(lines[i]?.text ?? '')) return true;
  }
  return false;
}

/**
 * Whether a text is a document that holds config snippets between prose, and its snippets:
 * Markdown with fenced code blocks (or any `.md` file), or a plain-text article whose prose
 * separates runs of config lines. A config file with comments is not a document: its comment
 * lines are never prose, and one needs several sentences in column 0 and several runs. A script
 * that writes configs by heredocs (`cat > app.conf <<'EOF'`) is one too: its heredoc bodies.
 * Undefined for anything else. Never throws; linear in the text.
 */
export function splitDocument(text: string, name: string): DocumentSplit | undefined {
  // Most pasted texts are configs: a cheap look for a fence or for sentences first, so a large
  // nginx.conf is not split into lines for nothing.
  if (
    !MARKDOWN_NAME.test(name) &&
    !hasFence(text) &&
    !(mayBeShell(name) && hasHeredoc(text)) &&
    !hasSentences(text, MIN_SENTENCES)
  )
    return undefined;
  const lines = splitTextLines(text);
  const { blocks, fenced } = findCodeBlocks(lines);
  if (MARKDOWN_NAME.test(name)) return withHeredocs('markdown', lines, blocks);
  if (fenced && hasProseOutside(lines, blocks)) return withHeredocs('markdown', lines, blocks);
  if (!fenced) {
    const { runs, sentences } = findArticleRuns(lines);
    if (sentences >= MIN_SENTENCES && runs.length >= MIN_RUNS)
      return withHeredocs('article', lines, runs);
  }
  return mayBeShell(name) ? splitShellScript(lines) : undefined;
}

/** A document's snippets with the heredocs in them read as snippets of their own (shell.ts). */
function withHeredocs(
  kind: DocumentSplit['kind'],
  lines: readonly TextLine[],
  regions: readonly Snippet[],
): DocumentSplit {
  const { snippets, scripts } = splitHeredocs(lines, regions);
  return { kind, snippets, ...(scripts.length > 0 ? { scripts } : {}) };
}
