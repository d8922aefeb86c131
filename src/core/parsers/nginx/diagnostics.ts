import type { Diagnostic, Severity } from '../../model/diagnostic';
import { LineIndex } from '../../model/diagnostic';

/** The closed set of nginx diagnostic codes. */
export type NginxCode =
  | 'NGINX_UNTERMINATED_DIRECTIVE'
  | 'NGINX_UNTERMINATED_STRING'
  | 'NGINX_UNEXPECTED_CHARACTER'
  | 'NGINX_UNEXPECTED_BRACE'
  | 'NGINX_UNEXPECTED_SEMICOLON'
  | 'NGINX_UNCLOSED_BLOCK'
  | 'NGINX_TOO_DEEP'
  | 'NGINX_INCLUDE_NOT_FOUND'
  | 'NGINX_INCLUDE_CYCLE'
  | 'NGINX_UNKNOWN_CONTEXT'
  | 'NGINX_DUPLICATE_DIRECTIVE'
  | 'NGINX_BAD_ARGUMENTS'
  | 'NGINX_BAD_DURATION'
  | 'NGINX_BAD_NUMBER'
  | 'NGINX_BAD_VALUE'
  | 'NGINX_HEADER_NOT_INHERITED'
  | 'NGINX_LOCATIONS_DIFFER';

/** A diagnostic located by 0-based offsets in one file; turned into line/column at the end. */
export interface OffsetDiagnostic {
  code: NginxCode;
  severity: Severity;
  message: string;
  file: string;
  start: number;
  end: number;
}

/** Converts offset diagnostics to 1-based line/column ones, one LineIndex per file. */
export function locateDiagnostics(
  raw: readonly OffsetDiagnostic[],
  indexOf: (file: string) => LineIndex,
): Diagnostic[] {
  return raw.map((d) => {
    const index = indexOf(d.file);
    const from = index.position(d.start);
    const to = index.position(Math.max(d.start, d.end));
    return {
      code: d.code,
      severity: d.severity,
      message: d.message,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      file: d.file,
    };
  });
}

/** A lazily filled LineIndex cache over the files' texts (unknown files index as empty). */
export function createLineIndexCache(
  texts: ReadonlyMap<string, string>,
): (file: string) => LineIndex {
  const cache = new Map<string, LineIndex>();
  return (file) => {
    let index = cache.get(file);
    if (!index) {
      index = new LineIndex(texts.get(file) ?? '');
      cache.set(file, index);
    }
    return index;
  };
}
