import type { ParseResult, SourceFile } from '../types';

/**
 * Runs a parse and turns an unexpected exception (a bug, never user input) into one error
 * diagnostic `<PREFIX>_INTERNAL_ERROR`, so a pasted file can never crash the app or the CLI.
 * The property tests assert that this code never appears.
 */
export function parseSafely(
  format: string,
  prefix: string,
  file: SourceFile,
  parse: () => ParseResult,
): ParseResult {
  try {
    return parse();
  } catch (e) {
    return {
      format,
      nodes: [],
      diagnostics: [
        {
          code: `${prefix}_INTERNAL_ERROR`,
          severity: 'error',
          message: `The ${format} parser failed on this file (${e instanceof Error ? e.message : String(e)}); please report it.`,
          line: 1,
          column: 1,
          file: file.name,
        },
      ],
    };
  }
}

/** Runs a detector; any exception means "not this format". */
export function detectSafely(detect: () => number): number {
  try {
    const v = detect();
    return Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
  } catch {
    return 0;
  }
}
