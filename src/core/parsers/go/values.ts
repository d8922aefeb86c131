import { evaluateBounded } from '../code/evaluate';
import { err, type Result } from '../../model/result';
import { findClosing, findExpressionEnd, nextNonSpace, splitTopLevel } from '../code/brackets';
import { createNameTable, resolveConstants, type ConstantDecl } from '../code/constants';

/** `time` package units in nanoseconds (a Go `time.Duration` counts nanoseconds). */
const TIME_UNITS_NS: Readonly<Record<string, number>> = {
  'time.Nanosecond': 1,
  'time.Microsecond': 1e3,
  'time.Millisecond': 1e6,
  'time.Second': 1e9,
  'time.Minute': 60e9,
  'time.Hour': 3600e9,
};

/** Conversions that keep the number: `time.Duration(30) * time.Second`, `float64(n)`. */
const CONVERSIONS = Object.assign(
  Object.create(null) as Record<string, (x: number) => number>,
  Object.fromEntries(
    [
      'time.Duration',
      'int',
      'int32',
      'int64',
      'uint',
      'uint32',
      'uint64',
      'float32',
      'float64',
    ].map((n) => [n, (x: number) => x]),
  ),
);

/**
 * Evaluates a Go constant expression. Durations come out in nanoseconds (untyped integer
 * constants are nanoseconds too, as in Go); counts as plain numbers.
 */
export function evaluateGo(expr: string, names: Readonly<Record<string, number>>): Result<number> {
  const text = expr.trim();
  if (text === '') return err('empty expression');
  return evaluateBounded(text, names, CONVERSIONS);
}

/** Nanoseconds to milliseconds, rounded to whole nanoseconds (no float noise). */
export function nanosToMs(ns: number): number {
  return Math.round(ns) / 1e6;
}

/** `true` / `false` (or a boolean constant of the file, `!` allowed), else undefined. */
export function parseGoBool(
  expr: string,
  bools: ReadonlyMap<string, boolean> = new Map(),
): boolean | undefined {
  const t = expr.trim();
  if (t.startsWith('!')) {
    const inner = parseGoBool(t.slice(1), bools);
    return inner === undefined ? undefined : !inner;
  }
  return t === 'true' ? true : t === 'false' ? false : bools.get(t);
}

export interface GoNames {
  /** Constant expressions resolved to numbers (durations in ns), `time` units included. */
  numbers: Record<string, number>;
  /** Names declared as `true` or `false`. */
  bools: Map<string, boolean>;
}

const PACKAGE = /^[ \t]*package[ \t]+([A-Za-z_]\w*)[ \t]*$/m;

/** The package a Go file declares (`package api`), if any. */
export const goPackageOf = (masked: string): string | undefined =>
  PACKAGE.exec(masked.slice(0, 65_536))?.[1];

const declarationsOf = (m: string) => [...collectBlocks(m), ...collectSingles(m)];

/**
 * Every `const`/`var` declaration, `name := expr` and field of `name := Options{Field: expr}` with a
 * constant value, in the file and then in `others` (the other Go files pasted with it, masked):
 * a name of the file itself wins over one of another file. A file of another package gives only
 * its exported names, qualified (`config.IdleTimeout`): its `idleTimeout` is not this file's.
 */
export function collectGoNames(masked: string, others: readonly string[] = []): GoNames {
  const own = goPackageOf(masked);
  const foreign = (m: string) => {
    const pkg = goPackageOf(m);
    return own !== undefined && pkg !== undefined && pkg !== own ? pkg : undefined;
  };
  const decls = [masked, ...others.filter((m) => foreign(m) === undefined)].flatMap(declarationsOf);
  const base = createNameTable(TIME_UNITS_NS);
  for (const m of others) {
    const pkg = foreign(m);
    if (pkg === undefined) continue;
    const values = resolveConstants(declarationsOf(m), evaluateGo, createNameTable(TIME_UNITS_NS));
    for (const [name, value] of Object.entries(values))
      if (/^[A-Z]/.test(name) && !Object.hasOwn(base, `${pkg}.${name}`))
        base[`${pkg}.${name}`] = value;
  }
  const numbers = createNameTable({ ...base, ...resolveConstants(decls, evaluateGo, base) });
  const bools = new Map<string, boolean>();
  for (const d of decls) {
    const b = d.expr.trim();
    if ((b === 'true' || b === 'false') && !bools.has(d.name)) bools.set(d.name, b === 'true');
  }
  return { numbers, bools };
}

const BLOCK = /\b(?:const|var)\s*\(/g;
const BLOCK_LINE = /^\s*([A-Za-z_]\w*)\s*(?:[\w.*[\]]+\s*)?=\s*(.+?)\s*$/;

function collectBlocks(masked: string): ConstantDecl[] {
  const out: ConstantDecl[] = [];
  BLOCK.lastIndex = 0;
  for (let m = BLOCK.exec(masked); m; m = BLOCK.exec(masked)) {
    const open = m.index + m[0].length - 1;
    const close = findClosing(masked, open);
    const body = masked.slice(open + 1, close < 0 ? masked.length : close);
    for (const line of body.split(/[\n;]/)) {
      const d = BLOCK_LINE.exec(line);
      if (d?.[1] && d[2]) out.push({ name: d[1], expr: d[2] });
    }
  }
  return out;
}

const SINGLE =
  /\b(?:const|var)\s+([A-Za-z_]\w*)\s*(?:[\w.*[\]]+\s*)?=(?!=)|(?<![\w.,][ \t]*)\b([A-Za-z_]\w*)\s*:=/g;

function collectSingles(masked: string): ConstantDecl[] {
  const out: ConstantDecl[] = [];
  SINGLE.lastIndex = 0;
  for (let m = SINGLE.exec(masked); m; m = SINGLE.exec(masked)) {
    const name = m[1] ?? m[2];
    const start = m.index + m[0].length;
    if (!name) continue;
    const literal = COMPOSITE.exec(masked.slice(start, start + 200));
    if (literal) {
      collectFields(masked, name, literalBody(masked, start + literal[0].length - 1), out);
      continue;
    }
    out.push({ name, expr: masked.slice(start, findExpressionEnd(masked, start, false)) });
  }
  return out;
}

/**
 * The `name.Field` declarations of a composite literal starting at `start` (`Options{Idle: …}`),
 * or undefined when the value there is no composite literal.
 */
export function literalFields(
  masked: string,
  name: string,
  start: number,
): ConstantDecl[] | undefined {
  const literal = COMPOSITE.exec(masked.slice(start, start + 200));
  if (!literal) return undefined;
  const out: ConstantDecl[] = [];
  collectFields(masked, name, literalBody(masked, start + literal[0].length - 1), out);
  return out;
}

/** `&Options{` / `config.HTTP{` at the start of a declaration's value. */
const COMPOSITE = /^\s*&?\s*[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)?\s*\{/;
const FIELD = /^([A-Za-z_]\w*)\s*:(?!=)\s*/;

/** The `{` of a literal's body: after the type of an anonymous `struct{ … }{ … }`. */
function literalBody(masked: string, open: number): number {
  if (!/struct\s*\{$/.test(masked.slice(Math.max(0, open - 8), open + 1))) return open;
  const next = nextNonSpace(masked, findClosing(masked, open) + 1);
  return masked[next] === '{' ? next : -1;
}

/** The `Field: expr` entries of the literal whose `{` is at `open`, as `name.Field` declarations. */
function collectFields(masked: string, name: string, open: number, out: ConstantDecl[]): void {
  const close = open < 0 ? -1 : findClosing(masked, open);
  if (close < 0) return;
  for (const span of splitTopLevel(masked, open + 1, close)) {
    const piece = masked.slice(span.start, Math.min(span.end, span.start + MAX_FIELD_TEXT));
    const m = FIELD.exec(piece);
    if (m?.[1]) out.push({ name: `${name}.${m[1]}`, expr: piece.slice(m[0].length) });
  }
}
const MAX_FIELD_TEXT = 500;
