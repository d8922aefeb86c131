import type { ParseResult, ParserDef, SourceFile } from '../parsers/types';
import type { Diagnostic } from './diagnostic';

/**
 * Runs a parser on one file: a parser bug (an exception) becomes an internal-error diagnostic
 * naming the format, never a crash that takes the other files down.
 */
export function guardParse(
  parser: ParserDef,
  file: SourceFile,
  files: readonly SourceFile[],
): ParseResult {
  try {
    return parser.parse(file, { files });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const d: Diagnostic = {
      code: 'IMPORT_INTERNAL_ERROR',
      severity: 'error',
      message: `the ${parser.name} reader failed on this file (${why}); please report it`,
      line: 1,
      column: 1,
      file: file.name,
    };
    return { format: parser.id, nodes: [], diagnostics: [d] };
  }
}
