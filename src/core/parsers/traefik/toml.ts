import { parseTOML, type AST } from 'toml-eslint-parser';
import type { FlatEntry } from './flat';
import { lower } from './flat';

/** A TOML syntax error: where, and what. */
export interface TomlProblem {
  offset: number;
  message: string;
}

/** At most this many bad lines are blanked and the file parsed again (recovery stays linear). */
const MAX_RETRIES = 20;

const keyNames = (key: AST.TOMLKey): string[] =>
  key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : k.value));

function scalarOf(v: AST.TOMLContentNode): FlatEntry['value'] | undefined {
  if (v.type !== 'TOMLValue') return undefined;
  if (v.kind === 'string' || v.kind === 'integer' || v.kind === 'float' || v.kind === 'boolean')
    return v.value;
  return undefined;
}

function flattenBody(
  prefix: string[],
  body: readonly (AST.TOMLKeyValue | AST.TOMLTable)[],
  out: FlatEntry[],
) {
  // Iterative: inline tables nest; a stack keeps deep input from overflowing the call stack.
  const stack: { prefix: string[]; kv: AST.TOMLKeyValue }[] = [];
  for (const item of body) {
    if (item.type === 'TOMLTable') {
      // Array-of-tables (`[[x]]`) items are lists Traefik reads by index; not timeouts.
      if (item.kind === 'standard') flattenBody(keyNames(item.key), item.body, out);
      continue;
    }
    stack.push({ prefix, kv: item });
  }
  while (stack.length > 0) {
    const { prefix: at, kv } = stack.pop() as { prefix: string[]; kv: AST.TOMLKeyValue };
    const path = [...at, ...keyNames(kv.key)];
    if (kv.value.type === 'TOMLInlineTable') {
      for (const inner of kv.value.body) stack.push({ prefix: path, kv: inner });
      continue;
    }
    const value = scalarOf(kv.value);
    if (value === undefined) continue;
    const lastKey = kv.key.keys.at(-1);
    out.push({
      path: lower(path),
      segments: path,
      written: path.join('.'),
      value,
      keyStart: lastKey?.range[0] ?? kv.range[0],
      valueStart: kv.value.range[0],
    });
  }
}

const blankLineAt = (text: string, offset: number): string => {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const endAt = text.indexOf('\n', offset);
  const end = endAt < 0 ? text.length : endAt;
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
};

/**
 * Flattens a TOML file. toml-eslint-parser stops at the first error, so the line holding it is
 * blanked (same length: offsets stay true) and the file parsed again, up to MAX_RETRIES times.
 */
export function flattenToml(text: string): { entries: FlatEntry[]; problems: TomlProblem[] } {
  const problems: TomlProblem[] = [];
  let current = text;
  for (let attempt = 0; attempt <= MAX_RETRIES; attempt++) {
    try {
      const program = parseTOML(current);
      const entries: FlatEntry[] = [];
      for (const top of program.body) flattenBody([], top.body, entries);
      return { entries, problems };
    } catch (e) {
      const offset =
        typeof (e as { index?: unknown }).index === 'number' ? (e as { index: number }).index : 0;
      problems.push({ offset, message: e instanceof Error ? e.message : String(e) });
      const next = blankLineAt(current, Math.min(offset, current.length));
      if (next === current) break;
      current = next;
    }
  }
  return { entries: [], problems };
}
