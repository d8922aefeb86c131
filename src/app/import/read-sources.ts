import { importFiles, type FileImport } from '../../core/import/import-files';
import type { Link } from '../../core/model/chain';
import type { SourceFile } from '../../core/parsers/types';
import type { ImportPreview, ImportedFile } from './types';

/** What the preview shows of one file. */
function toImportedFile(f: FileImport): ImportedFile {
  const unreadError = f.kind === 'unread' ? f.diagnostics[0]?.message : undefined;
  return {
    name: f.name,
    format: f.format,
    formatName: f.formatName,
    nodes: f.nodes.map(({ file: _file, scopes: _scopes, id: _id, ...n }) => n),
    ...(f.chain ? { links: f.chain.links } : {}),
    // An unread file's one diagnostic is its error line; do not show it twice.
    diagnostics: unreadError !== undefined ? [] : f.diagnostics,
    ...(f.chain && f.chain.configs.length > 0
      ? {
          note: `${f.name}: config: paths are read by the command line; paste or drop those files here`,
        }
      : f.note
        ? { note: f.note }
        : {}),
    ...(unreadError !== undefined ? { error: unreadError } : {}),
    ...(f.includedBy !== undefined ? { includedBy: f.includedBy } : {}),
  };
}

/**
 * Detects and parses every file (configs or chain files) into chain nodes through the core import
 * pipeline, without touching any chain: the import preview. Config files' nodes are ordered by
 * role (a file dialog sorts files by name, not by the path a request takes); a chain file keeps
 * its own order and links. Pure and synchronous; the app runs it in a Web Worker. Never throws.
 */
export function readSources(files: readonly SourceFile[]): ImportPreview {
  const result = importFiles(files);
  const out = result.files.map(toImportedFile);
  const hasChainFile = result.files.some((f) => f.format === 'chain-file');
  const sequence = hasChainFile ? result.nodes : result.byRole;
  // Consecutive nodes of one chain file keep the RTT of their link; others get the default.
  // Where each node sits in its file, found once (not by a search per node: many files).
  const place = new Map(
    result.files.flatMap((f) => f.nodes.map((n, i) => [n, { file: f, i }] as const)),
  );
  const links = sequence.slice(1).map((b, k): Link | undefined => {
    const at = place.get(b);
    if (!at || at.i === 0 || at.file.nodes[at.i - 1] !== sequence[k]) return undefined;
    return at.file.chain?.links[at.i - 1];
  });
  return {
    files: out,
    nodes: sequence.map(({ file: _file, scopes: _scopes, id: _id, ...n }) => n),
    links,
    ...(result.orderNote && !hasChainFile ? { orderNote: result.orderNote } : {}),
    nodeCount: sequence.length,
    errorCount: out.reduce(
      (n, f) => n + (f.error ? 1 : 0) + f.diagnostics.filter((d) => d.severity === 'error').length,
      0,
    ),
  };
}
