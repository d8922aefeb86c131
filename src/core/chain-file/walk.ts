import { isMap, isScalar, isSeq, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Diagnostic, Severity } from '../source/diagnostic';
import type { LineIndex } from '../source/line-index';
import type { ChainCode } from './codes';
import { describeSuggestions } from './suggest';

/** What the chain-file walkers share: where to report and how to place a node. */
export interface WalkContext {
  file: string;
  /** Line ends: `\r\n`, `\r`, `\n`. */
  lines: LineIndex;
  diagnostics: Diagnostic[];
}

/** Anything with a parsed range: a YAML node, or undefined (reported at the file start). */
type Located = { range?: readonly number[] | null } | null | undefined;

const offsetOf = (at: unknown): number => {
  const range = (at as Located)?.range;
  return range?.[0] ?? 0;
};

/** 1-based line and column of a YAML node's start. */
export function positionOf(ctx: WalkContext, at: unknown): { line: number; column: number } {
  return ctx.lines.position(Math.max(offsetOf(at), 0));
}

export function report(
  ctx: WalkContext,
  at: unknown,
  code: ChainCode,
  severity: Severity,
  message: string,
): void {
  ctx.diagnostics.push({ code, severity, message, file: ctx.file, ...positionOf(ctx, at) });
}

/** A mapping's entries with string keys; non-scalar keys are reported and skipped. */
export function entriesOf(ctx: WalkContext, map: YAMLMap): { key: string; pair: Pair }[] {
  const out: { key: string; pair: Pair }[] = [];
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value !== null)
      out.push({ key: scalarText(pair.key), pair });
    else report(ctx, pair.key, 'CHAIN_WRONG_TYPE', 'error', 'a key must be a plain word');
  }
  return out;
}

/** Reports keys outside `allowed`, with close matches. */
export function checkKeys(
  ctx: WalkContext,
  entries: readonly { key: string; pair: Pair }[],
  allowed: readonly string[],
  where: string,
): void {
  for (const { key, pair } of entries)
    if (!allowed.includes(key))
      report(
        ctx,
        pair.key,
        'CHAIN_UNKNOWN_KEY',
        'error',
        `unknown key "${key}" in ${where}${describeSuggestions(key, allowed)}`,
      );
}

/** The text of a scalar as written: strings as they are, numbers and flags from the source. */
export function scalarText(node: unknown): string {
  if (!isScalar(node)) return '';
  if (typeof node.value === 'string') return node.value;
  return node.source ?? String(node.value);
}

export function expectMap(
  ctx: WalkContext,
  node: unknown,
  what: string,
  at: unknown,
): YAMLMap | undefined {
  if (isMap(node)) return node;
  report(ctx, node ?? at, 'CHAIN_WRONG_TYPE', 'error', `${what} must be a mapping (key: value)`);
  return undefined;
}

export function expectSeq(
  ctx: WalkContext,
  node: unknown,
  what: string,
  at: unknown,
): YAMLSeq | undefined {
  if (isSeq(node)) return node;
  report(ctx, node ?? at, 'CHAIN_WRONG_TYPE', 'error', `${what} must be a list (- item)`);
  return undefined;
}

/** A scalar's text, or a diagnostic when the value is missing or not a scalar. */
export function expectText(
  ctx: WalkContext,
  node: unknown,
  what: string,
  at: unknown,
): string | undefined {
  if (isScalar(node) && node.value !== null && scalarText(node) !== '') return scalarText(node);
  if (isScalar(node) || node === null || node === undefined)
    report(ctx, node ?? at, 'CHAIN_EMPTY_VALUE', 'error', `${what} needs a value`);
  else report(ctx, node, 'CHAIN_WRONG_TYPE', 'error', `${what} must be a single value`);
  return undefined;
}
