import type { Scalar } from '../../source/yaml/nodes';
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
  // Only a well-formed header (`|`, `|-`, `|2+`, comment allowed): after a broken one yaml's
  // recovery guesses the content, and positions inside it cannot be trusted.
  if (!/^\|(?:[1-9][+-]?|[+-][1-9]?)?[ \t]*(?:#.*)?\r?\n$/.test(source.slice(start, bodyStart)))
    return undefined;
  let lines: string[] | undefined;
  const indent = blockIndent(source, start, bodyStart, value.range?.[1] ?? source.length);
  return {
    name: key,
    text: value.value,
    map: (p) => {
      // Blank lines of the block may be shorter than its indentation: stay on the line.
      lines ??= source.split('\n');
      const line = headerLine + p.line;
      const length = (lines[line - 1] ?? '').replace(/\r$/, '').length;
      return { line, column: Math.min(p.column + indent, length + 1) };
    },
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

/**
 * The block's content indentation as YAML sets it: an explicit indicator (`|2`) adds to the
 * indentation of the header's line; otherwise the first line with a non-space character decides
 * (a tab counts as content there).
 */
function blockIndent(source: string, header: number, bodyStart: number, end: number): number {
  const lineStart = source.lastIndexOf('\n', header) + 1;
  const explicit = /^[|][+-]?([1-9])|^[|]([1-9])[+-]?/.exec(source.slice(header, bodyStart));
  const digit = explicit?.[1] ?? explicit?.[2];
  if (digit !== undefined)
    return (/^ */.exec(source.slice(lineStart))?.[0].length ?? 0) + Number(digit);
  return /^( *)[^ \r\n]/m.exec(source.slice(bodyStart, end))?.[1]?.length ?? 0;
}
