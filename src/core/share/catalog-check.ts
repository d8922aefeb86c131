import { findTech } from '../catalog/registry';
import type { SettingDef } from '../catalog/types';
import type { Chain, NodePart, SettingScalar } from '../model/chain';
import { err, ok, type Result } from '../model/result';
import { isUnknownValue } from '../model/value';

function checkValue(def: SettingDef, value: SettingScalar): string | undefined {
  // Any kind of setting can be written in a config in a form that cannot be resolved.
  if (isUnknownValue(value)) return undefined;
  switch (def.kind) {
    case 'duration':
    case 'count':
      return value === null || typeof value === 'number' ? undefined : 'expected a number or null';
    case 'bool':
      return typeof value === 'boolean' ? undefined : 'expected true or false';
    case 'enum':
      return typeof value === 'string' && (def.enumValues ?? []).includes(value)
        ? undefined
        : `expected one of ${(def.enumValues ?? []).join(', ')}`;
    case 'text':
      return typeof value === 'string' ? undefined : 'expected text';
  }
}

/** Checks one technology's settings and locks (a node's own, or its client part's). */
function checkPart(part: NodePart, name: string): string | undefined {
  const tech = findTech(part.tech);
  if (!tech) return undefined;
  const defs = new Map(tech.settings.map((s) => [s.key, s]));
  for (const [key, input] of Object.entries(part.settings)) {
    const def = defs.get(key);
    if (!def) return `${name}'s setting "${key}": ${tech.id} has no such setting`;
    const problem = checkValue(def, input.value);
    if (problem) return `${name}'s setting "${key}": ${problem}`;
  }
  for (const key of part.locked ?? [])
    if (!defs.has(key)) return `${name} locks "${key}": ${tech.id} has no such setting`;
  return undefined;
}

/**
 * Checks a chain from outside (a link, a saved session) against the catalog: every setting of a
 * known technology exists and has the right kind, node ids are unique and links match nodes.
 * Unknown technologies pass (the analysis reports them as `unknown`). Errors name the node
 * (counting from 1) and the setting, in words.
 */
export function checkChainAgainstCatalog(chain: Chain): Result<Chain> {
  if (chain.links.length !== Math.max(0, chain.nodes.length - 1))
    return err(
      `it has ${chain.links.length} round-trip times for ${chain.nodes.length} nodes (expected ${Math.max(0, chain.nodes.length - 1)})`,
    );
  const ids = new Set<string>();
  for (const [i, node] of chain.nodes.entries()) {
    const name = `node ${i + 1}`;
    if (ids.has(node.id)) return err(`${name}'s id "${node.id}" is used twice`);
    ids.add(node.id);
    const own = checkPart(node, name);
    if (own) return err(own);
    if (node.client) {
      const part = checkPart(node.client, `${name}'s client part (${node.client.tech})`);
      if (part) return err(part);
    }
  }
  return ok(chain);
}
