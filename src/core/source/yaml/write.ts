import { Document, isMap, isSeq } from 'yaml';

/** A collection's place in the written value: keys and list indexes from the root. */
export type YamlPath = readonly (string | number)[];

/** Says which collections are written compactly (`{ a: 1 }`, `[a, b]`) instead of in blocks. */
export type FlowRule = (path: YamlPath, kind: 'map' | 'seq') => boolean;

/**
 * Writes `value` (plain objects, arrays, scalars) as one YAML document, lines unwrapped; the
 * collections `flow` selects are written in flow style. The one YAML writer (chain files).
 */
export function writeYaml(value: unknown, flow: FlowRule = () => false): string {
  const doc = new Document(value);
  const stack: { node: unknown; path: YamlPath }[] = [{ node: doc.contents, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, path } = next;
    if (isMap(node)) {
      if (flow(path, 'map')) node.flow = true;
      for (const pair of node.items)
        stack.push({
          node: pair.value,
          path: [...path, String((pair.key as { value?: unknown } | null)?.value)],
        });
    } else if (isSeq(node)) {
      if (flow(path, 'seq')) node.flow = true;
      node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    }
  }
  return doc.toString({ lineWidth: 0 });
}
