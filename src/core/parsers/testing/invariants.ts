/**
 * What every config-parser result must satisfy whatever the input (imported by *.test.ts files
 * only): diagnostics inside the text with the format's code prefix, and explicit origins that
 * point at the setting as written.
 */
import { expect } from 'vitest';
import { LINE_END } from '../../source/line-index';
import type { Origin } from '../../model/origin';
import type { ParseResult } from '../types';

/** An explicit origin: 1-based line and column of the setting's name as written. */
export type WrittenOrigin = Extract<Origin, { kind: 'explicit' }>;

/** Asserts that `origin` is right for `lines` (the text split at its line ends). */
export type OriginCheck = (lines: readonly string[], origin: WrittenOrigin) => void;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The default: the text at the origin starts with the setting's name exactly as written. */
export const expectOriginAtName: OriginCheck = (lines, origin) => {
  const line = lines[origin.line - 1] ?? '';
  expect(line.slice((origin.column ?? 1) - 1)).toMatch(new RegExp(`^${escape(origin.setting)}`));
};

export interface InvariantOptions {
  /** Every diagnostic code matches it (`/^TF_[A-Z0-9_]+$/`). */
  codePattern: RegExp;
  /** How an origin must point at its setting; `expectOriginAtName` when absent. */
  checkOrigin?: OriginCheck;
  /**
   * Where lines end: `all` = `\r\n`, `\r` and `\n`, as the shared LineIndex counts (the target
   * for every parser, issue 11 §4); `lf` (the default until every parser counts a lone `\r`).
   */
  lineEnds?: 'all' | 'lf';
}

/** Asserts the invariants of `result`, parsed from `text`. */
export function expectParseInvariants(
  text: string,
  result: ParseResult,
  options: InvariantOptions,
): void {
  const lines = text.split(options.lineEnds === 'all' ? LINE_END : '\n');
  for (const d of result.diagnostics) {
    expect(d.line, d.code).toBeGreaterThanOrEqual(1);
    expect(d.line, d.code).toBeLessThanOrEqual(lines.length);
    expect(d.column, d.code).toBeGreaterThanOrEqual(1);
    expect(d.column, d.code).toBeLessThanOrEqual((lines[d.line - 1] ?? '').length + 1);
    expect(d.code).toMatch(options.codePattern);
  }
  const checkOrigin = options.checkOrigin ?? expectOriginAtName;
  for (const node of result.nodes)
    for (const s of Object.values(node.settings)) {
      if (s.origin.kind !== 'explicit') throw new Error('parsers only emit explicit origins');
      checkOrigin(lines, s.origin);
    }
}
