import { isMap, isPair } from 'yaml';
import { scalarValue } from '../../source/yaml/entries';
import { keyText, type YamlIndex } from '../../source/yaml/walk';
import { lower, type FlatEntry } from './flat';

const startOf = (node: unknown): number =>
  (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;

/**
 * The scalar leaves under the mappings of `node`, as flat paths after `prefix` (lists are not
 * entered: Traefik's timeouts are never in lists). Iterative and linear in the nodes visited.
 */
export function flattenYaml(node: unknown, index: YamlIndex, prefix: string[] = []): FlatEntry[] {
  const out: FlatEntry[] = [];
  const stack: { node: unknown; path: string[] }[] = [{ node, path: prefix }];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const { node: at, path } = stack.pop() as { node: unknown; path: string[] };
    const map = index.resolve(at);
    if (!isMap(map) || seen.has(map)) continue;
    seen.add(map);
    for (let i = map.items.length - 1; i >= 0; i--) {
      const pair = map.items[i];
      if (!isPair(pair)) continue;
      const key = keyText(pair.key);
      if (key === undefined) continue;
      const value = index.resolve(pair.value);
      const next = [...path, key];
      if (isMap(value)) {
        stack.push({ node: value, path: next });
        continue;
      }
      const scalar = scalarValue(value);
      if (scalar === undefined) continue;
      out.push({
        path: lower(next),
        segments: next,
        written: next.join('.'),
        value: scalar,
        keyStart: startOf(pair.key),
        valueStart: value === null ? startOf(pair.key) : startOf(value),
      });
    }
  }
  return out;
}
