/**
 * What every config-parser result must satisfy whatever the input (imported by *.test.ts files
 * only): diagnostics inside the text with the format's code prefix, and explicit origins that
 * point at the setting as written.
 */
import { expect } from 'vitest';
import { LINE_END } from '../../source/line-index';
import type { Origin } from '../../model/origin';
import { expectCatalogKeys } from './catalog';
import type { ParseResult, SourceFile } from '../types';

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

/** The text at the origin's line holds the setting as written (code parsers: `s.IdleTimeout`). */
export const expectOriginOnLine: OriginCheck = (lines, origin) => {
  expect(lines[origin.line - 1] ?? '').toContain(origin.setting);
};

/**
 * Asserts the invariants of `result`, parsed from `text`: no internal error, diagnostics inside
 * the text with the format's codes, origins at their settings, finite numbers, catalog keys.
 */
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
    expect(d.code, d.message).not.toMatch(/INTERNAL_ERROR$/);
  }
  const checkOrigin = options.checkOrigin ?? expectOriginAtName;
  for (const node of result.nodes)
    for (const s of Object.values(node.settings)) {
      if (s.origin.kind !== 'explicit') throw new Error('parsers only emit explicit origins');
      checkOrigin(lines, s.origin);
      if (typeof s.value === 'number')
        expect(Number.isFinite(s.value), s.origin.setting).toBe(true);
    }
  expectCatalogKeys(result);
}

/**
 * Every diagnostic and every explicit origin lies inside its file (`main` when it names none;
 * origins in files not given are skipped), and no parse reports an internal error.
 */
export function expectInsideFiles(
  result: ParseResult,
  main: SourceFile,
  files: readonly SourceFile[],
): void {
  const linesOf = (name: string | undefined) => {
    const file =
      name === undefined || name === main.name ? main : files.find((f) => f.name === name);
    return file?.text.split(LINE_END);
  };
  const inside = (what: string, name: string | undefined, line: number, column: number) => {
    const lines = linesOf(name);
    if (!lines) return;
    expect(line, what).toBeGreaterThanOrEqual(1);
    expect(line, what).toBeLessThanOrEqual(lines.length);
    expect(column, what).toBeGreaterThanOrEqual(1);
    expect(column, what).toBeLessThanOrEqual((lines[line - 1] ?? '').length + 1);
  };
  for (const d of result.diagnostics) {
    expect(d.code, d.message).not.toMatch(/INTERNAL_ERROR$/);
    inside(d.code, d.file, d.line, d.column);
  }
  for (const node of result.nodes)
    for (const [key, s] of Object.entries(node.settings))
      if (s.origin.kind === 'explicit')
        inside(key, s.origin.file, s.origin.line, s.origin.column ?? 1);
}

/** The invariants of the code parsers (Go, Node, Java, Python): the setting's name on its line. */
export const CODE_INVARIANTS: InvariantOptions = {
  codePattern: /^[A-Z][A-Z0-9_]*$/,
  checkOrigin: expectOriginOnLine,
  lineEnds: 'lf',
};
