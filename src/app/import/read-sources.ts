import { looksLikeChainFile, parseChainFile } from '../../core/chain-file';
import {
  mapIncludedFiles,
  parseConfigFile,
  type ParsedConfig,
} from '../../core/import/config-file';
import { pairExtractedNodes } from '../../core/import/pairing';
import type { Result } from '../../core/model/result';
import { PARSERS } from '../../core/parsers/registry';
import type { SourceFile } from '../../core/parsers/types';
import type { ImportPreview, ImportedFile } from './types';

/** Files larger than this are refused (a browser tab, not a log shipper). */
export const MAX_IMPORT_CHARS = 10_000_000;

const formatName = (id: string): string => PARSERS.find((p) => p.id === id)?.name ?? id;

function readChainFile(file: SourceFile): ImportedFile {
  const r = parseChainFile(file.text, file.name);
  return {
    name: file.name,
    format: 'chain-file',
    formatName: 'chain file',
    nodes: r.chain.nodes.map(({ id: _id, ...n }) => n),
    links: r.chain.links,
    diagnostics: r.diagnostics,
    ...(r.configs.length > 0
      ? {
          note: `${file.name}: config: paths are read by the command line; paste or drop those files here`,
        }
      : {}),
  };
}

/** A file that yields no nodes, and why (`formatName` is `unknown` unless said otherwise). */
function unreadFile(file: SourceFile, error: string, shownAs = 'unknown'): ImportedFile {
  return { name: file.name, format: null, formatName: shownAs, nodes: [], diagnostics: [], error };
}

/** Parses one config file; `parses` collects the parse so includes can be resolved afterwards. */
function readConfig(
  file: SourceFile,
  all: readonly SourceFile[],
  parses: Result<ParsedConfig>[],
): ImportedFile {
  const parsed = parseConfigFile(file, all);
  parses.push(parsed);
  if (!parsed.ok) return unreadFile(file, parsed.error.replace(`${file.name}: `, ''));
  const pairing = pairExtractedNodes(file.name, parsed.value.nodes);
  return {
    name: file.name,
    format: parsed.value.format,
    formatName: formatName(parsed.value.format),
    nodes: pairing.nodes,
    diagnostics: parsed.value.diagnostics,
    ...(pairing.note ? { note: pairing.note } : {}),
  };
}

/**
 * Detects and parses every file (configs or chain files) into chain nodes, without touching any
 * chain: the import preview. Pure and synchronous; the app runs it in a Web Worker. Never throws.
 */
export function readSources(files: readonly SourceFile[]): ImportPreview {
  const parses: Result<ParsedConfig>[] = [];
  const out = files.map((file): ImportedFile => {
    if (file.text.length > MAX_IMPORT_CHARS)
      return unreadFile(
        file,
        `larger than ${MAX_IMPORT_CHARS / 1_000_000} MB: split it or paste the relevant part`,
      );
    if (file.text.trim() === '') return unreadFile(file, 'empty', 'empty');
    try {
      return looksLikeChainFile(file.text, file.name)
        ? readChainFile(file)
        : readConfig(file, files, parses);
    } catch (e) {
      // A parser bug must not take the import down: report it on this file only.
      const why = e instanceof Error ? e.message : String(e);
      return unreadFile(file, `could not be read (${why})`);
    }
  });
  // A file another one includes (nginx `include`) adds no nodes of its own.
  const includedBy = mapIncludedFiles(parses);
  for (const f of out) {
    const by = includedBy.get(f.name);
    if (by === undefined || f.format === 'chain-file') continue;
    f.includedBy = by;
    f.nodes = [];
  }
  return {
    files: out,
    nodeCount: out.reduce((n, f) => n + f.nodes.length, 0),
    errorCount: out.reduce(
      (n, f) => n + (f.error ? 1 : 0) + f.diagnostics.filter((d) => d.severity === 'error').length,
      0,
    ),
  };
}
