import type { Diagnostic } from '../../core/source/diagnostic';
import type { SourceFile } from '../../core/parsers/types';
import { parseCommandArgs, readChoice } from '../args';
import { importFiles, type FileImport } from '../../core/import/import-files';
import { listNodeSettings, type ListedSetting } from '../extract/list-settings';
import { createIdleResolver, type NodeIdles } from '../extract/effective-idle';
import type { ChainNode } from '../../core/model/chain';
import { formatExtractText } from '../extract/text';
import { STDIN_NAME } from '../inputs';
import type { CliIo } from '../io';
import { failUsage } from '../usage-error';

export const EXTRACT_HELP = `Usage: timeout-chain extract [options] <file>...

Reads config files, detects each format and prints the keep-alive settings found: every value
written (with its line) and the effective idle timeouts that were not written (default/fallback).
Files given together are parsed together (nginx include).

Options:
  --format <f>   json (default) or text
  --pretty       indent the JSON even when stdout is not a terminal (it is compact when piped:
                 a large config yields megabytes)
  -h, --help     show this help

  -              read a file from stdin

Exit codes: 0 all files read cleanly, 1 some file has error diagnostics (including an unknown
format), 2 usage error or unreadable file.
Example: timeout-chain extract --format text nginx.conf
`;

export interface ExtractedFile {
  file: string;
  format: string | null;
  nodes: {
    tech: string;
    scope: string;
    label?: string;
    version?: string;
    upstreams?: string[];
    settings: ListedSetting[];
  }[];
  diagnostics: Pick<Diagnostic, 'code' | 'severity' | 'line' | 'column' | 'message' | 'file'>[];
}

type ListedNode = ExtractedFile['nodes'][number];
type Resolve = (node: ChainNode) => NodeIdles | undefined;

/** A file's name, format and diagnostics as `extract` lists them. */
function describeFile(f: FileImport): Omit<ExtractedFile, 'nodes'> {
  return {
    file: f.name,
    format: f.format,
    diagnostics: f.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      line: d.line,
      column: d.column,
      message: d.message,
      ...(d.file && d.file !== f.name ? { file: d.file } : {}),
    })),
  };
}

/**
 * The nodes of one imported file, listed one at a time. `resolve` is shared by the files listed
 * together.
 */
function* listNodes(f: FileImport, resolve: Resolve): Generator<ListedNode> {
  const targets = new Set<string>();
  for (const n of f.extracted) if (n.upstreams) for (const s of n.upstreams) targets.add(s);
  const scopes = new Set(f.extracted.map((n) => n.scope));
  for (const n of f.extracted) {
    const upstreams = n.upstreams ?? [];
    // Fields set one by one in the JSON's order (no spreads: a large config has thousands).
    const listed: Partial<ListedNode> & { tech: string; scope: string } = {
      tech: n.tech,
      scope: n.scope,
    };
    if (n.label) listed.label = n.label;
    if (n.version) listed.version = n.version;
    if (upstreams.length > 0) listed.upstreams = upstreams;
    let forwards = false;
    for (const s of upstreams) if (scopes.has(s)) forwards = true;
    listed.settings = listNodeSettings(
      n,
      f.name,
      { server: !targets.has(n.scope), client: !forwards },
      resolve,
    );
    yield listed as ListedNode;
  }
}

/** Lists one imported file; a file that cannot be read is a diagnostic, not a failure. */
function listFile(f: FileImport, resolve: Resolve): ExtractedFile {
  const { file, format, diagnostics } = describeFile(f);
  return { file, format, nodes: [...listNodes(f, resolve)], diagnostics };
}

/** Compact JSON is written in pieces of about this many characters (a pipe holds 64 KiB). */
const JSON_PIECE = 65_536;

/**
 * Writes `{"files":[…]}` compact, node by node, as it is listed: the same text as
 * `JSON.stringify({ files })`, but a large extraction reaches the reader (a pipe, `jq`) while
 * the rest is still being listed, and never exists as one string.
 */
function writeJsonPieces(imported: readonly FileImport[], resolve: Resolve, io: CliIo): void {
  let piece = '{"files":[';
  imported.forEach((f, i) => {
    const { file, format, diagnostics } = describeFile(f);
    piece += `${i > 0 ? ',' : ''}{"file":${JSON.stringify(file)},"format":${JSON.stringify(format)},"nodes":[`;
    let first = true;
    for (const node of listNodes(f, resolve)) {
      piece += first ? JSON.stringify(node) : `,${JSON.stringify(node)}`;
      first = false;
      if (piece.length >= JSON_PIECE) {
        io.stdout(piece);
        piece = '';
      }
    }
    piece += `],"diagnostics":${JSON.stringify(diagnostics)}}`;
  });
  io.stdout(`${piece}]}\n`);
}

/** `timeout-chain extract`: what each config file sets, and the defaults it leaves in force. */
export async function runExtract(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {
    format: { type: 'string' },
    pretty: { type: 'boolean' },
  });
  if (!args.ok) return failUsage(io, 'extract', args.error);
  if (args.value.values['help']) {
    io.stdout(EXTRACT_HELP);
    return 0;
  }
  const format = readChoice(args.value.values['format'], ['json', 'text'] as const, 'format');
  if (!format.ok) return failUsage(io, 'extract', format.error);
  const names = args.value.positionals;
  if (names.length === 0)
    return failUsage(io, 'extract', 'give one or more config files (- for stdin)');
  const files: SourceFile[] = [];
  for (const name of names) {
    try {
      const text = await io.readFile(name);
      files.push({ name: name === '-' ? STDIN_NAME : name, text });
    } catch (e) {
      return failUsage(
        io,
        'extract',
        `cannot read ${name === '-' ? 'stdin' : name}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }
  const resolve = createIdleResolver();
  const imported = importFiles(files).files;
  const pretty = io.isTty || args.value.values['pretty'] === true;
  if (format.value === 'json' && !pretty) writeJsonPieces(imported, resolve, io);
  else {
    const results = imported.map((f) => listFile(f, resolve));
    io.stdout(
      format.value === 'json'
        ? `${JSON.stringify({ files: results }, null, 2)}\n`
        : formatExtractText(results),
    );
  }
  return imported.some((f) => f.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
