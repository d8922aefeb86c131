import type { Diagnostic } from '../../core/model/diagnostic';

/** `edge.chain.yaml:9:18: error CHAIN_BAD_DURATION server-idle: …` — the compiler convention. */
export function formatDiagnostic(d: Diagnostic, fallbackFile = ''): string {
  const file = d.file ?? fallbackFile;
  return `${file}${file ? ':' : ''}${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message}`;
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean =>
  ds.some((d) => d.severity === 'error');
