import type { ChainNode, PartName, SettingInput } from './chain';

/**
 * A part of a node seen as a node of its own technology (same id and label), so the catalog and
 * the fix plan read and change its settings the same way as a whole node's.
 */
export function partAsNode(node: ChainNode, part: PartName): ChainNode {
  if (part === 'main' || !node.client) return node;
  const { tech, version, settings, locked } = node.client;
  return {
    id: node.id,
    tech,
    ...(version !== undefined ? { version } : {}),
    ...(node.label !== undefined ? { label: node.label } : {}),
    settings,
    ...(locked ? { locked } : {}),
  };
}

/** The node with one setting of one part set (a new object; the input is never mutated). */
export function withPartSetting(
  node: ChainNode,
  part: PartName,
  key: string,
  input: SettingInput,
): ChainNode {
  if (part === 'client' && node.client)
    return {
      ...node,
      client: { ...node.client, settings: { ...node.client.settings, [key]: input } },
    };
  return { ...node, settings: { ...node.settings, [key]: input } };
}
