import { isMap, isScalar, isSeq, type YAMLMap } from '../source/yaml/nodes';
import type { YamlIndex } from '../source/yaml/walk';
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
  /** Resolves aliases (`*name`) of the document being read, within the front end's budget. */
  index: YamlIndex;
}

/** One `key: value` of a mapping: the key node, and the value with aliases resolved. */
export interface Field {
  key: unknown;
  value: unknown;
}

/** A list's items, aliases resolved. */
export interface Items {
  items: unknown[];
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
export function entriesOf(ctx: WalkContext, map: YAMLMap): { key: string; pair: Field }[] {
  const out: { key: string; pair: Field }[] = [];
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value !== null)
      out.push({
        key: scalarText(pair.key),
        pair: { key: pair.key, value: ctx.index.resolve(pair.value) },
      });
    else report(ctx, pair.key, 'CHAIN_WRONG_TYPE', 'error', 'a key must be a plain word');
  }
  return out;
}

/** Reports keys outside `allowed`, with close matches. */
export function checkKeys(
  ctx: WalkContext,
  entries: readonly { key: string; pair: Field }[],
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
  const resolved = ctx.index.resolve(node);
  if (isMap(resolved)) return resolved;
  report(ctx, node ?? at, 'CHAIN_WRONG_TYPE', 'error', `${what} must be a mapping (key: value)`);
  return undefined;
}

export function expectSeq(
  ctx: WalkContext,
  node: unknown,
  what: string,
  at: unknown,
): Items | undefined {
  const resolved = ctx.index.resolve(node);
  if (isSeq(resolved)) return { items: resolved.items.map((i) => ctx.index.resolve(i)) };
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
  node = ctx.index.resolve(node);
  if (isScalar(node) && node.value !== null && scalarText(node) !== '') return scalarText(node);
  if (isScalar(node) || node === null || node === undefined)
    report(ctx, node ?? at, 'CHAIN_EMPTY_VALUE', 'error', `${what} needs a value`);
  else report(ctx, node, 'CHAIN_WRONG_TYPE', 'error', `${what} must be a single value`);
  return undefined;
}
