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
 * A resource with `for_each` over a map written in the files (`{ staging = 30, prod = 90 }`, or
 * a `var.x` / `local.x` whose value is one): one block per key, `each.key` and `each.value` (and
 * `each.value.field`) replaced in its arguments. Undefined when there is no `for_each` or its map
 * is not known here (the block is then read as it is: `each.value` stays unknown).
 */
export function forEachInstances(block: Block, ctx: ReadContext): Instance[] | undefined {
  const attr = block.body.attributes.find((a) => a.name === 'for_each');
  if (!attr) return undefined;
  const map = mapTokens(attr.expr, ctx, 0);
  const entries = map ? readObjectLiteral(map) : [];
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

/** The tokens of the map a `for_each` names: a literal, or a var/local bound to one. */
function mapTokens(expr: readonly Token[], ctx: ReadContext, depth: number): Token[] | undefined {
  if (expr[0]?.text === '{') return [...expr];
  const [ns, dot, name] = expr;
  if (depth > 4 || expr.length !== 3 || dot?.text !== '.' || !name) return undefined;
  if (ns?.text !== 'var' && ns?.text !== 'local') return undefined;
  const bound = ctx.resolve(ns.text, name.text);
  return bound ? mapTokens(bound, ctx, depth + 1) : undefined;
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
      const field = expr[i + 3]?.text === '.' ? expr[i + 4]?.text : undefined;
      const fieldExpr =
        field === undefined
          ? undefined
          : readObjectLiteral([...value]).find((e) => e.key === field);
      if (field !== undefined && !fieldExpr) return [...expr];
      out.push(...(fieldExpr ? fieldExpr.expr : value));
      i += field === undefined ? 2 : 4;
    } else out.push(t);
  }
  return out;
}
