import type { Token } from './lexer';
import { readObjectLiteral } from './object-literal';
import type { ReadContext } from './settings';
import type { Block } from './tree';

/** One instance of a `for_each` resource: its key and its block with `each.*` filled in. */
export interface Instance {
  key: string;
  block: Block;
}

const MAX_INSTANCES = 32;

/**
 * The instances of a resource other resources' `for_each` may name (`for_each = aws_lb.public`):
 * `aws_lb.public` → its keys.
 */
export type ResourceInstances = ReadonlyMap<string, readonly string[]>;

/**
 * A resource with `for_each` over a map written in the files (`{ staging = 30, prod = 90 }`, a map
 * of objects, or a `var.x` / `local.x` whose value is one), over a set of names
 * (`toset(["public", "internal"])`, `toset(var.names)`: each.key = each.value = the name), or over
 * another resource's instances (`for_each = aws_lb.public`: each.value is that instance): one block
 * per key, `each.key` and `each.value` (and `each.value.field`, `each.value["field"]`) replaced in
 * its arguments. Undefined when there is no `for_each` or its keys are not known here (the block
 * is then read as it is: `each.value` stays unknown).
 */
export function forEachInstances(
  block: Block,
  ctx: ReadContext,
  resources: ResourceInstances = new Map(),
): Instance[] | undefined {
  const attr = block.body.attributes.find((a) => a.name === 'for_each');
  if (!attr) return undefined;
  const entries = forEachEntries(attr.expr, ctx, resources);
  if (entries.length === 0 || entries.length > MAX_INSTANCES) return undefined;
  return entries.map((e) => ({
    key: e.key,
    block: {
      ...block,
      body: {
        ...block.body,
        attributes: block.body.attributes.map((a) => ({
          ...a,
          expr: substitute(a.expr, e.key, e.expr),
        })),
      },
    },
  }));
}

interface Entry {
  key: string;
  expr: Token[];
}

/** The keys and values a `for_each` expression gives: see forEachInstances. */
function forEachEntries(
  expr: readonly Token[],
  ctx: ReadContext,
  resources: ResourceInstances,
): Entry[] {
  const code = expr.filter((t) => t.kind !== 'newline');
  const [fn, open] = code;
  if (fn?.text === 'toset' && open?.text === '(' && code[code.length - 1]?.text === ')') {
    const list = bound(code.slice(2, -1), ctx, 0);
    return list?.[0]?.text === '[' ? setEntries(list) : [];
  }
  const [res, dot, name] = code;
  const keys =
    code.length === 3 && dot?.text === '.'
      ? resources.get(`${res?.text}.${name?.text}`)
      : undefined;
  if (keys && res && name) return keys.map((key) => ({ key, expr: instanceRef(res, name, key) }));
  const map = bound(code, ctx, 0);
  return map ? readObjectLiteral(map) : [];
}

/** A literal as it is, or the value a `var.x` / `local.x` is bound to (followed a few times). */
function bound(expr: readonly Token[], ctx: ReadContext, depth: number): Token[] | undefined {
  if (expr[0]?.text === '{' || expr[0]?.text === '[') return [...expr];
  const [ns, dot, name] = expr;
  if (depth > 4 || expr.length !== 3 || dot?.text !== '.' || !name) return undefined;
  if (ns?.text !== 'var' && ns?.text !== 'local') return undefined;
  const value = ctx.resolve(ns.text, name.text);
  return value
    ? bound(
        value.filter((t) => t.kind !== 'newline'),
        ctx,
        depth + 1,
      )
    : undefined;
}

/** `["a", "b", "a"]` → a, b: each element a string (a set: repeats once); else none at all. */
function setEntries(list: readonly Token[]): Entry[] {
  const out: Entry[] = [];
  for (let i = 1; i < list.length - 1; i++) {
    const t = list[i];
    if (!t || t.text === ',') continue;
    if (t.kind !== 'string' || t.text.includes('${')) return [];
    if (!out.some((e) => e.key === t.text)) out.push({ key: t.text, expr: [t] });
  }
  return out;
}

/** The tokens of `aws_lb.public["key"]`, placed where the reference stands. */
function instanceRef(res: Token, name: Token, key: string): Token[] {
  const at = { start: res.start, end: name.end };
  return [
    res,
    { kind: 'punct', text: '.', ...at },
    name,
    { kind: 'punct', text: '[', ...at },
    { kind: 'string', text: key, ...at },
    { kind: 'punct', text: ']', ...at },
  ];
}

/** `each.key` → the key as a string; `each.value` → the value; `each.value.f` → its field f. */
function substitute(expr: readonly Token[], key: string, value: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < expr.length; i++) {
    const t = expr[i];
    if (!t) continue;
    const isEach = t.text === 'each' && expr[i + 1]?.text === '.';
    const member = isEach ? expr[i + 2]?.text : undefined;
    if (member === 'key') {
      out.push({ kind: 'string', text: key, start: t.start, end: expr[i + 2]?.end ?? t.end });
      i += 2;
    } else if (member === 'value') {
      const [field, used] = fieldAfter(expr, i + 3);
      // A reference (another resource's instance) keeps its `.field`: aws_lb.x["k"].arn.
      if (field !== undefined && value[0]?.text !== '{') {
        out.push(...value);
        i += 2;
        continue;
      }
      const fieldExpr =
        field === undefined
          ? undefined
          : readObjectLiteral([...value]).find((e) => e.key === field);
      if (field !== undefined && !fieldExpr) return [...expr];
      out.push(...(fieldExpr ? fieldExpr.expr : value));
      i += 2 + used;
    } else out.push(t);
  }
  return out;
}

/** `.field` or `["field"]` at expr[at]: the field and how many tokens it takes; else none. */
function fieldAfter(expr: readonly Token[], at: number): [string | undefined, number] {
  const a = expr[at];
  const b = expr[at + 1];
  if (a?.text === '.' && b?.kind === 'ident') return [b.text, 2];
  if (a?.text === '[' && b?.kind === 'string' && expr[at + 2]?.text === ']') return [b.text, 3];
  return [undefined, 0];
}
