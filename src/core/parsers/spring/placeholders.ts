/**
 * Spring `${NAME:default}` placeholders. Values come from the environment at run time, so the
 * parser can only take the default written after the first `:`.
 */

export type PlaceholderResult =
  | { kind: 'plain'; text: string }
  /** Every placeholder had a default; `text` has them substituted. */
  | { kind: 'defaulted'; text: string; names: string[] }
  /** At least one placeholder has no default: the value is unknown. */
  | { kind: 'unresolved'; names: string[] };

const MAX_DEPTH = 16;

/** Substitutes the defaults of `${…}` placeholders (nested ones too). Never throws. */
export function resolvePlaceholders(text: string): PlaceholderResult {
  const names: string[] = [];
  const unresolved: string[] = [];
  const out = substitute(text, names, unresolved, 0);
  if (unresolved.length > 0) return { kind: 'unresolved', names: unresolved };
  if (names.length === 0) return { kind: 'plain', text };
  return { kind: 'defaulted', text: out, names };
}

function substitute(text: string, names: string[], unresolved: string[], depth: number): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf('${', i);
    if (start < 0) break;
    const end = findClosingBrace(text, start + 2);
    // An unterminated `${` stays literal, as Spring leaves it.
    if (end < 0) break;
    out += text.slice(i, start);
    const inner = text.slice(start + 2, end);
    const colon = findTopLevelColon(inner);
    const name = (colon < 0 ? inner : inner.slice(0, colon)).trim();
    if (colon < 0 || depth >= MAX_DEPTH) unresolved.push(name);
    else {
      names.push(name);
      out += substitute(inner.slice(colon + 1), names, unresolved, depth + 1);
    }
    i = end + 1;
  }
  return out + text.slice(i);
}

function findClosingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text.startsWith('${', i)) {
      depth++;
      i++;
    } else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function findTopLevelColon(inner: string): number {
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner.startsWith('${', i)) {
      depth++;
      i++;
    } else if (inner[i] === '}') depth--;
    else if (inner[i] === ':' && depth === 0) return i;
  }
  return -1;
}
