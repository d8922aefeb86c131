import { resolveNode } from '../catalog/registry';
import type { Chain } from '../model/chain';
import type { ModelledServer } from './types';

/**
 * The node a probed URL reaches in a chain: the first node, from the client end, that serves
 * HTTP (has a server side). A chain that starts with a pure client (`tech:go-transport`) is read
 * past it. Null when no node serves.
 */
export function findReachedServer(chain: Chain): ModelledServer | null {
  for (const node of chain.nodes) {
    const r = resolveNode(node);
    if (r?.server) return { node: node.id, tech: node.tech, name: r.tech.name, server: r.server };
  }
  return null;
}
