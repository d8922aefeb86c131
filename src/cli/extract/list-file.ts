import type { FileImport } from '../../core/import/import-files';
import type { ChainNode } from '../../core/model/chain';
import type { Diagnostic } from '../../core/source/diagnostic';
import type { CliIo } from '../io';
import type { NodeIdles } from './effective-idle';
import { listNodeSettings, type ListedSetting } from './list-settings';

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
export type Resolve = (node: ChainNode) => NodeIdles | undefined;

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
export function listFile(f: FileImport, resolve: Resolve): ExtractedFile {
  const { file, format, diagnostics } = describeFile(f);
  return { file, format, nodes: [...listNodes(f, resolve)], diagnostics };
}

/** Compact JSON is written in pieces of about this many characters (a pipe holds 64 KiB). */
const JSON_PIECE = 65_536;
/** Nodes serialised together: about 60 KB of JSON for nginx servers. */
const JSON_BATCH = 64;

/**
 * Writes `{"files":[…]}` compact, node by node, as it is listed: the same text as
 * `JSON.stringify({ files })`, but a large extraction reaches the reader (a pipe, `jq`) while
 * the rest is still being listed, and never exists as one string.
 */
export function writeJsonPieces(
  imported: readonly FileImport[],
  resolve: Resolve,
  io: CliIo,
): void {
  let piece = '{"files":[';
  imported.forEach((f, i) => {
    const { file, format, diagnostics } = describeFile(f);
    piece += `${i > 0 ? ',' : ''}{"file":${JSON.stringify(file)},"format":${JSON.stringify(format)},"nodes":[`;
    // Nodes are serialised a batch at a time (one JSON.stringify per node costs more).
    let batch: ListedNode[] = [];
    let first = true;
    const flush = (): void => {
      if (batch.length === 0) return;
      const json = JSON.stringify(batch);
      piece += `${first ? '' : ','}${json.slice(1, -1)}`;
      first = false;
      batch = [];
      if (piece.length >= JSON_PIECE) {
        io.stdout(piece);
        piece = '';
      }
    };
    for (const node of listNodes(f, resolve)) if (batch.push(node) >= JSON_BATCH) flush();
    flush();
    piece += `],"diagnostics":${JSON.stringify(diagnostics)}}`;
  });
  io.stdout(`${piece}]}\n`);
}
