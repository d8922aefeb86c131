import { evaluateBounded } from '../code/evaluate';
import { err, type Result } from '../../model/result';
import { findExpressionEnd } from '../code/brackets';
import { createNameTable, resolveConstants, type ConstantDecl } from '../code/constants';
import { readObjectEntries } from '../code/objects';

/** One-argument functions that keep a number: `Number(65000)`, `Math.round(x)`. */
const CALLS = Object.assign(Object.create(null) as Record<string, (x: number) => number>, {
  Number: (x: number) => x,
  'Math.round': Math.round,
  'Math.floor': Math.floor,
  'Math.ceil': Math.ceil,
  BigInt: (x: number) => x,
});

/**
 * Evaluates a JS/TS numeric expression (`65_000`, `65 * 1000`, `60e3`, `KEEP_ALIVE_MS`,
 * `TIMEOUTS.keepAlive`); type assertions (`as number`, `satisfies`, `!`) are ignored.
 */
export function evaluateJs(expr: string, names: Readonly<Record<string, number>>): Result<number> {
  const text = expr
    .replace(/\b(?:as|satisfies)\s+[\w$.<>[\]]+/g, '')
    .replace(/!(?!=)\s*$/, '')
    .replace(/(\d)n\b/g, '$1')
    .trim();
  if (text === '') return err('empty expression');
  return evaluateBounded(text, names, CALLS);
}

/** `true`/`false`, `!0`/`!1`, or a boolean constant of the file; undefined otherwise. */
export function parseJsBool(
  expr: string,
  bools: ReadonlyMap<string, boolean>,
): boolean | undefined {
  const t = expr.replace(/\bas\s+[\w$.]+/g, '').trim();
  if (t === 'true' || t === '!0') return true;
  if (t === 'false' || t === '!1') return false;
  if (t.startsWith('!')) {
    const inner = parseJsBool(t.slice(1), bools);
    return inner === undefined ? undefined : !inner;
  }
  return bools.get(t);
}

export interface JsNames {
  numbers: Record<string, number>;
  bools: Map<string, boolean>;
  /** `const opts = { … }`: name → offset of its `{`, for `new Agent(opts)`. */
  objects: Map<string, number>;
  /** Declarations whose value is not a number of the file, as written (`Number(process.env.KA) || 1`). */
  written: Map<string, string>;
}

const DECL = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;\n]+)?=(?![=>])\s*/g;

/**
 * Constants of the file: `const KEEP_ALIVE = 65_000`, `const T = { idle: 5000 }` (→ `T.idle`);
 * then `imported` (numbers of the local modules pasted with it), where the file declares none.
 */
export function collectJsNames(
  text: string,
  masked: string,
  imported: Readonly<Record<string, number>> = {},
): JsNames {
  const decls: ConstantDecl[] = [];
  const bools = new Map<string, boolean>();
  const objects = new Map<string, number>();
  const written = new Map<string, string>();
  DECL.lastIndex = 0;
  for (let m = DECL.exec(masked); m; m = DECL.exec(masked)) {
    const name = m[1] ?? '';
    const start = m.index + m[0].length;
    if (masked[start] === '{') {
      if (!objects.has(name)) objects.set(name, start);
      collectObject(text, masked, name, start, decls, 0);
      continue;
    }
    const end = findExpressionEnd(masked, start, true);
    const expr = masked.slice(start, end).trim();
    decls.push({ name, expr });
    if (!written.has(name)) written.set(name, text.slice(start, end));
    if ((expr === 'true' || expr === 'false') && !bools.has(name)) bools.set(name, expr === 'true');
  }
  // A name the file declares itself is its own, even when a module exports it too.
  const base = createNameTable(imported);
  for (const d of decls) delete base[d.name];
  const own = resolveConstants(decls, evaluateJs, base);
  const numbers = createNameTable({ ...base, ...own });
  for (const name of written.keys()) if (Object.hasOwn(numbers, name)) written.delete(name);
  return { numbers, bools, objects, written };
}

/** The numbers of the object literal at `open`, as `prefix.key.key` declarations. */
export function collectObject(
  text: string,
  masked: string,
  prefix: string,
  open: number,
  out: ConstantDecl[],
  depth: number,
): void {
  if (depth > 3) return;
  for (const e of readObjectEntries(text, masked, open).entries) {
    const name = `${prefix}.${e.key}`;
    if (masked[e.value.start] === '{')
      collectObject(text, masked, name, e.value.start, out, depth + 1);
    else out.push({ name, expr: masked.slice(e.value.start, e.value.end) });
  }
}
