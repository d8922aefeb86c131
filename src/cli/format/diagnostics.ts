import type { Diagnostic } from '../../core/source/diagnostic';

/** Any line end, including those only JavaScript counts: a message quoting input stays one line. */
const ANY_LINE_END = /\r\n?|[\n\u2028\u2029]/g;

/**
 * `edge.chain.yaml:9:18: error CHAIN_BAD_DURATION server-idle: …` — the compiler convention, one
 * line per diagnostic (a `\r` quoted from the input would otherwise overwrite it on a terminal).
 */
export function formatDiagnostic(d: Diagnostic, fallbackFile = ''): string {
  const file = (d.file ?? fallbackFile).replace(ANY_LINE_END, ' ');
  const message = d.message.replace(ANY_LINE_END, ' ');
  return `${file}${file ? ':' : ''}${d.line}:${d.column}: ${d.severity} ${d.code} ${message}`;
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean =>
  ds.some((d) => d.severity === 'error');
