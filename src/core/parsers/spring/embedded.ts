import type { Scalar } from 'yaml';
import { readFileProfile } from './activation';
import type { Position, RawDocument, RawEntry, SourceScan } from './documents';

/** A Spring config file held as a `|` block in a ConfigMap (`data: application.yml: |`). */
export interface EmbeddedFile {
  /** The data key: `application.yml`, `application-prod.properties`. */
  name: string;
  text: string;
  /** Maps a position in `text` to the position in the outer file. */
  map: (p: Position) => Position;
}

const CONFIG_NAME = /(^|\/)(application|bootstrap)(-[\w.-]+)?\.(ya?ml|properties)$/i;

/**
 * Recognises an embedded config: a literal block scalar (`|`) under a key named like a Spring
 * config file. Lines of a literal block are the source lines after the header with the block's
 * indentation removed, so positions map back exactly.
 */
export function readEmbedded(
  key: string,
  value: Scalar,
  source: string,
  at: (offset: number) => Position,
): EmbeddedFile | undefined {
  if (!CONFIG_NAME.test(key) || value.type !== 'BLOCK_LITERAL' || typeof value.value !== 'string')
    return undefined;
  const start = value.range?.[0] ?? 0;
  const headerLine = at(start).line;
  const bodyStart = source.indexOf('\n', start) + 1;
  if (bodyStart <= 0) return undefined;
  const firstContent = /^( *)\S/m.exec(source.slice(bodyStart, value.range?.[1] ?? source.length));
  const indent = firstContent?.[1]?.length ?? 0;
  return {
    name: key,
    text: value.value,
    map: (p) => ({ line: headerLine + p.line, column: p.column + indent }),
  };
}

/** Moves an embedded file's documents and diagnostics to outer-file positions. */
export function placeEmbedded(scan: SourceScan, file: EmbeddedFile): SourceScan {
  const profile = readFileProfile(file.name);
  const move = (e: RawEntry): RawEntry => ({
    ...e,
    keyAt: file.map(e.keyAt),
    valueAt: file.map(e.valueAt),
  });
  const documents = scan.documents.map((d): RawDocument => ({
    entries: d.entries.map(move),
    ...(profile === undefined ? {} : { profile }),
  }));
  const diagnostics = scan.diagnostics.map((d) => ({ ...d, ...file.map(d) }));
  return { documents, diagnostics };
}
