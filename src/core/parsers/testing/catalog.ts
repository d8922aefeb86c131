/** Parsers and catalog agree (imported by *.test.ts files only). */
import { expect } from 'vitest';
import { findTech, resolveNode } from '../../catalog/registry';
import type { ParseResult } from '../types';

/** Parsers and catalog agree: every tech and setting key exists, and the node resolves. */
export function expectCatalogKeys(result: ParseResult): void {
  for (const node of result.nodes) {
    const tech = findTech(node.tech);
    expect(tech, node.tech).toBeDefined();
    const keys = tech?.settings.map((s) => s.key) ?? [];
    for (const key of Object.keys(node.settings)) expect(keys, node.tech).toContain(key);
    expect(resolveNode({ id: 'n', tech: node.tech, settings: node.settings })).toBeDefined();
  }
}
