import { locateDiagnostic, type Diagnostic, type SpanDiagnostic } from '../../source/diagnostic';
import { LineIndex } from '../../source/line-index';

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
  | 'NGINX_LOCATIONS_DIFFER'
  | 'NGINX_INCLUDE_BUDGET'
  | 'NGINX_SERVERS_NOT_GIVEN'
  | 'NGINX_PROXY_PASS_NO_UPSTREAM'
  | 'NGINX_PROXY_PASS_VARIABLE'
  | 'NGINX_PROXY_PASS_FROM_SET'
  | 'NGINX_ENV_PLACEHOLDER'
  | 'NGINX_UPSTREAM_WITH_PORT'
  | 'NGINX_CONNECTION_FROM_MAP'
  | 'NGINX_CONNECTION_VARIABLE'
  | 'NGINX_NOTHING_TO_READ';

/** An nginx diagnostic located by 0-based offsets in one file (line/column come at the end). */
export type NginxSpanDiagnostic = SpanDiagnostic<NginxCode>;

/** Converts offset diagnostics to 1-based line/column ones, one LineIndex per file. */
export function locateDiagnostics(
  raw: readonly NginxSpanDiagnostic[],
  indexOf: (file: string) => LineIndex,
): Diagnostic[] {
  return raw.map((d) => locateDiagnostic(d, indexOf(d.file)));
}

/** A lazily filled LineIndex cache over the files' texts (unknown files index as empty). */
export function createLineIndexCache(
  textOf: (file: string) => string,
): (file: string) => LineIndex {
  const cache = new Map<string, LineIndex>();
  return (file) => {
    let index = cache.get(file);
    if (!index) {
      index = new LineIndex(textOf(file));
      cache.set(file, index);
    }
    return index;
  };
}

/** Diagnostics of one code kept per file; the rest are counted in one last diagnostic. */
export const MAX_PER_CODE = 100;

/**
 * Keeps the first `MAX_PER_CODE` diagnostics of each code in each file and replaces the rest
 * with one "and N more" diagnostic of that code (at the first one dropped). Linear; never
 * spreads a large array into a call.
 */
export function capDiagnostics(all: readonly NginxSpanDiagnostic[]): NginxSpanDiagnostic[] {
  const counts = new Map<string, number>();
  const firstDropped = new Map<string, NginxSpanDiagnostic>();
  const kept: NginxSpanDiagnostic[] = [];
  for (const d of all) {
    if (d.more !== undefined) {
      kept.push(d);
      continue;
    }
    const key = `${d.file}\u0000${d.code}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n <= MAX_PER_CODE) kept.push(d);
    else if (n === MAX_PER_CODE + 1) firstDropped.set(key, d);
  }
  for (const [key, d] of firstDropped) {
    const more = (counts.get(key) ?? 0) - MAX_PER_CODE;
    kept.push({ ...d, message: `and ${more} more ${d.code} in ${d.file}, not listed`, more });
  }
  return kept;
}
