import type { Diagnostic, Severity } from '../source/diagnostic';

/** Diagnostics kept per file; past it, one summary per code says how many more there are. */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * The first {@link MAX_DIAGNOSTICS_PER_FILE} diagnostics of a file, then one per code for the
 * rest: "and N more of this code", at the first of them and as severe as the worst of them (so a
 * file with errors still has errors). Linear; returns `diagnostics` itself when under the cap.
 */
export function capDiagnostics(
  diagnostics: Diagnostic[],
  max = MAX_DIAGNOSTICS_PER_FILE,
): Diagnostic[] {
  if (diagnostics.length <= max) return diagnostics;
  const kept = diagnostics.slice(0, max);
  const rest = new Map<string, { first: Diagnostic; count: number; severity: Severity }>();
  for (let i = max; i < diagnostics.length; i++) {
    const d = diagnostics[i];
    if (!d) continue;
    const seen = rest.get(d.code);
    if (!seen) rest.set(d.code, { first: d, count: 1, severity: d.severity });
    else {
      seen.count++;
      if (RANK[d.severity] > RANK[seen.severity]) seen.severity = d.severity;
    }
  }
  for (const [code, { first, count, severity }] of rest)
    kept.push({
      code,
      severity,
      message: `and ${count} more of this code in this file (the first ${max} diagnostics are shown)`,
      line: first.line,
      column: first.column,
      ...(first.file !== undefined ? { file: first.file } : {}),
    });
  return kept;
}

/** A file's import with its diagnostics capped. */
export const capFileDiagnostics = <T extends { diagnostics: Diagnostic[] }>(file: T): T => {
  const capped = capDiagnostics(file.diagnostics);
  return capped === file.diagnostics ? file : { ...file, diagnostics: capped };
};
