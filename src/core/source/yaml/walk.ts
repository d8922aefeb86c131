import { isAlias, isMap, isNode, isPair, isScalar, isSeq, type Document } from 'yaml';
import type { YamlIssue } from './documents';

/** What one walk over a document learned: where each alias points. */
export interface YamlIndex {
  /** The node an alias stands for (the node itself when not an alias); null past the budget. */
  resolve(node: unknown): unknown;
}

/** A map key as text: scalars only (complex keys are not settings). */
export const keyText = (key: unknown): string | undefined => {
  if (!isScalar(key)) return undefined;
  const v = key.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    ? String(v)
    : v === null
      ? ''
      : undefined;
};

const startOf = (node: unknown): number =>
  (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;

/**
 * Walks a document once, without recursion, in source order: records anchors, resolves each
 * alias to the anchor defined before it (yaml's own `alias.resolve` searches the whole document
 * per alias: quadratic), counts aliases against the budget, and reports keys written twice in one
 * mapping (one Map per mapping: linear).
 */
export function walkYaml(doc: Document, maxAliasCount: number, issues: YamlIssue[]): YamlIndex {
  const anchors = new Map<string, unknown>();
  const aliases = new Map<unknown, unknown>();
  let aliasCount = 0;
  let overBudget = false;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isNode(node) && !isPair(node)) continue;
    if (isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if (isAlias(node)) {
      aliasCount++;
      if (aliasCount > maxAliasCount) {
        if (!overBudget)
          issues.push({
            kind: 'too-many-aliases',
            severity: 'warning',
            message: `more than ${maxAliasCount} aliases (*name); the rest are not followed`,
            offset: startOf(node),
          });
        overBudget = true;
        aliases.set(node, null);
      } else aliases.set(node, anchors.get(node.source) ?? null);
      continue;
    }
    if (isMap(node)) {
      findDuplicateKeys(node.items, issues);
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    } else if (isSeq(node))
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
  return {
    resolve: (node) => (isAlias(node) ? (aliases.get(node) ?? null) : node),
  };
}

function findDuplicateKeys(pairs: readonly unknown[], issues: YamlIssue[]) {
  if (pairs.length < 2) return;
  const seen = new Set<string>();
  for (const pair of pairs) {
    if (!isPair(pair)) continue;
    const key = keyText(pair.key);
    if (key === undefined || key === '<<') continue;
    if (!seen.has(key)) {
      seen.add(key);
      continue;
    }
    issues.push({
      kind: 'duplicate-key',
      severity: 'warning',
      message: `"${key.length > 60 ? `${key.slice(0, 59)}…` : key}" is written twice in this mapping: YAML forbids it, and tools either refuse the file or keep one value (read here: the last)`,
      offset: startOf(pair.key),
    });
  }
}
