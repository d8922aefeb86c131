/**
 * Test support of the code-snippet parsers' unit tests (imported by *.test.ts files only).
 * Fixtures and properties use `../testing` like every parser.
 */
import type { ParseResult } from '../types';

/** A compact parse result for unit tests: settings `[value, line]`, diagnostics `[code, line]`. */
export interface CompactResult {
  nodes: {
    tech: string;
    scope: string;
    settings: Record<string, [unknown, number]>;
    process?: string;
  }[];
  diagnostics: [string, number][];
}

/** The parse result in the compact shape unit tests assert. */
export function summarize(result: ParseResult): CompactResult {
  return {
    nodes: result.nodes.map((n) => ({
      tech: n.tech,
      scope: n.scope,
      settings: Object.fromEntries(
        Object.entries(n.settings).map(([k, s]) => [
          k,
          [s.value, s.origin.kind === 'explicit' ? s.origin.line : -1] as [unknown, number],
        ]),
      ),
      ...(n.process === undefined ? {} : { process: n.process }),
    })),
    diagnostics: result.diagnostics.map((d) => [d.code, d.line] as [string, number]),
  };
}
