import type { Token } from './lexer';

/** One `key = value` of an HCL object literal, with the value's tokens. */
export interface ObjectEntry {
  key: string;
  keyStart: number;
  expr: Token[];
}

/**
 * The entries of an object literal `{ a = 1, b = { … } }` (keys as identifiers or strings, `=` or
 * `:`), one level deep; an expression that is not an object literal gives none. Linear.
 */
export function readObjectLiteral(expr: readonly Token[]): ObjectEntry[] {
  const entries: ObjectEntry[] = [];
  if (expr[0]?.text !== '{' || expr[expr.length - 1]?.text !== '}') return entries;
  let depth = 0;
  let current: ObjectEntry | undefined;
  for (let i = 1; i < expr.length - 1; i++) {
    const t = expr[i];
    if (!t) continue;
    const punct = t.kind === 'punct';
    if (depth === 0 && punct && t.text === ',') {
      current = undefined;
      continue;
    }
    const next = expr[i + 1];
    const startsEntry =
      depth === 0 &&
      (t.kind === 'ident' || t.kind === 'string') &&
      next?.kind === 'punct' &&
      (next.text === '=' || next.text === ':');
    // A key after a value on the same line cannot be: lines were joined, so a new key starts one.
    if (startsEntry && (!current || current.expr.length > 0)) {
      current = { key: t.text, keyStart: t.start, expr: [] };
      entries.push(current);
      i++;
      continue;
    }
    if (punct && (t.text === '{' || t.text === '[' || t.text === '(')) depth++;
    else if (punct && (t.text === '}' || t.text === ']' || t.text === ')')) depth--;
    current?.expr.push(t);
  }
  return entries;
}
