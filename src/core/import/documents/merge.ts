import type { Diagnostic } from '../../source/diagnostic';
import type { SourceFile } from '../../parsers/types';
import type { FileImport, ImportedNode } from '../import-files';
import { nameTech } from '../node-label';
import { orderByRole } from '../order';
import { describeUnreadSnippet, listSnippets } from './describe';
import { renameFile } from './rename';
import { describeLines, describePlace, type DocumentSplit, type Snippet } from './snippet';

/** One snippet of a document and what the pipeline made of it (under the snippet's own name). */
export interface SnippetPart {
  snippet: Snippet;
  name: string;
  read: FileImport;
  /** The shell text around heredocs: not listed when it gives nothing (it is seldom a config). */
  script?: boolean;
}

const KIND_NAME = {
  markdown: 'Markdown document',
  article: 'article (config snippets between prose)',
  shell: 'shell script (configs written by heredocs)',
};

/** A snippet not given to the pipeline, and why. */
export interface SkippedSnippet {
  snippet: Snippet;
  what: string;
}

/** A diagnostic a reader put at the top of the file (line 1, no span) goes to the snippet's first line. */
const placeInSnippet = (d: Diagnostic, s: Snippet): Diagnostic =>
  d.line === 1 && d.column === 1 && !d.span && s.firstLine > 1 ? { ...d, line: s.firstLine } : d;

const labelled = (n: ImportedNode, doc: string, s: Snippet): ImportedNode => ({
  ...n,
  label: `${n.label ?? nameTech(n.tech)} (${describePlace(doc, s)})`,
});

function listing(
  doc: SourceFile,
  code: string,
  severity: Diagnostic['severity'],
  message: string,
  at?: Snippet,
): Diagnostic {
  return {
    code,
    severity,
    message,
    file: doc.name,
    line: at?.firstLine ?? 1,
    column: 1,
    ...(at ? { span: { file: doc.name, start: at.start, end: at.end } } : {}),
  };
}

/** An unquoted heredoc whose body holds `$…`: the file written is not the text read. */
const expansionWarning = (doc: SourceFile, s: Snippet, names: readonly string[]): Diagnostic =>
  listing(
    doc,
    'DOCUMENT_HEREDOC_EXPANDS',
    'warning',
    `${describeLines(s)}: this heredoc's delimiter is not quoted, so the shell expands ${names.join(', ')} in it before the file is written (empty unless set in the shell); the settings are read as written here. Quote the delimiter (<<'EOF') to write the text as it is.`,
    s,
  );

/**
 * One import for a document from its snippets' imports: every read snippet's nodes (labelled with
 * the lines they came from) and diagnostics, named for the document; the snippets that gave
 * nothing named in one diagnostic; prose ignored.
 */
export function mergeSnippetImports(
  doc: SourceFile,
  split: DocumentSplit,
  parts: readonly SnippetPart[],
  skipped: readonly SkippedSnippet[],
): FileImport {
  const kindName = KIND_NAME[split.kind];
  // A chain file in a document is listed, not joined: give it as a file of its own.
  const used = parts.filter(
    (p) =>
      p.read.format !== 'chain-file' && (p.read.kind === 'nodes' || p.read.kind === 'supplies'),
  );
  const unused = [
    ...parts
      .filter((p) => !used.includes(p) && !p.script)
      .map((p) => ({ snippet: p.snippet, what: describeUnreadSnippet(doc, p.snippet, p.read) })),
    ...skipped,
  ].sort((a, b) => a.snippet.firstLine - b.snippet.firstLine);
  const diagnostics: Diagnostic[] = [];
  const extracted: FileImport['extracted'] = [];
  const nodes: ImportedNode[] = [];
  const notes: string[] = [];
  for (const p of used) {
    const read = renameFile(p.read, p.name, doc.name);
    for (const d of read.diagnostics) diagnostics.push(placeInSnippet(d, p.snippet));
    for (const n of read.extracted) extracted.push(n);
    for (const n of read.nodes) nodes.push(labelled(n, doc.name, p.snippet));
    if (p.snippet.expands) diagnostics.push(expansionWarning(doc, p.snippet, p.snippet.expands));
    // A note that starts with the file's name starts with the snippet's lines instead.
    if (read.note)
      notes.push(`${describeLines(p.snippet)}: ${read.note.replace(`${doc.name}: `, '')}`);
  }
  // A snippet that gave nothing is listed with what it looks like; its diagnostics (a Go
  // snippet's lines as nginx errors) would only be noise.
  if (nodes.length === 0 && used.length === 0) {
    const block = split.kind === 'shell' ? 'heredoc' : 'code block';
    const what =
      unused.length === 0 ? `no ${block}` : `no config ${block}: ${listSnippets(unused)}`;
    diagnostics.push(
      listing(
        doc,
        'IMPORT_NOTHING_FOUND',
        'warning',
        `a ${kindName} with ${what}; give the config files, or paste a document with config snippets in code blocks`,
        unused[0]?.snippet,
      ),
    );
  } else if (unused.length > 0)
    diagnostics.push(
      listing(
        doc,
        'DOCUMENT_SNIPPETS_NOT_READ',
        'info',
        `${unused.length} snippet${unused.length > 1 ? 's' : ''} of this ${kindName} gave no node: ${listSnippets(unused)}`,
        unused[0]?.snippet,
      ),
    );
  const formats = [...new Set(used.map((p) => p.read.formatName))];
  if (used.length > 1)
    notes.unshift(
      `${doc.name}: a ${kindName}; each snippet is imported on its own (${used.map((p) => `${describeLines(p.snippet)}: ${p.read.formatName}`).join('; ')}): fragments of one config are not joined, their nodes are ordered by role`,
    );
  return {
    name: doc.name,
    format: 'document',
    formatName: formats.length > 0 ? `${kindName}: ${formats.join(', ')}` : kindName,
    kind: nodes.length > 0 ? 'nodes' : used.length > 0 ? 'supplies' : 'empty',
    extracted,
    // Snippets are fragments, not one file's request path: their nodes go in role order.
    nodes: orderByRole(nodes, (n) => n.tech).items,
    diagnostics,
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
  };
}
