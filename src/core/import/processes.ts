import { findTech } from '../catalog/registry';
import type { NodePart } from '../model/chain';
import type { ExtractedNode } from '../parsers/types';

/** An extracted node that may carry the client component of its process. */
export type ProcessNode = ExtractedNode & { client?: NodePart };

/** Code formats whose files hold one program: a server and the clients it uses are one process. */
const PROGRAM_FORMATS = new Set(['go', 'node', 'python', 'spring']);

const sidesOf = (tech: string) => findTech(tech)?.sides;

/** Merges a client-only component into a server-only one: one process, two technologies. */
function mergeInto(server: ExtractedNode, client: ExtractedNode): ProcessNode {
  return {
    ...server,
    client: {
      tech: client.tech,
      ...(client.version !== undefined ? { version: client.version } : {}),
      settings: client.settings,
    },
  };
}

/** Groups nodes by process: by their `process` marker, or the whole file for a program file. */
function groupsOf(format: string, nodes: readonly ExtractedNode[]): ExtractedNode[][] {
  if (nodes.some((n) => n.process !== undefined)) {
    const groups = new Map<string, ExtractedNode[]>();
    for (const n of nodes) {
      if (n.process === undefined) continue;
      const g = groups.get(n.process);
      if (g) g.push(n);
      else groups.set(n.process, [n]);
    }
    return [...groups.values()];
  }
  return PROGRAM_FORMATS.has(format) ? [[...nodes]] : [];
}

/**
 * A node is a process: in each group of one process, the first component with only a server
 * side takes the first component with only a client side as its client part, so the chain gets
 * one node whose two sides come from its two components (not a node per component).
 * Returns the nodes with merged components replaced, in the original order.
 */
export function mergeProcesses(format: string, nodes: readonly ExtractedNode[]): ProcessNode[] {
  const merged = new Map<ExtractedNode, ProcessNode>();
  const dropped = new Set<ExtractedNode>();
  for (const group of groupsOf(format, nodes)) {
    const server = group.find((n) => sidesOf(n.tech) === 'server');
    const client = group.find((n) => sidesOf(n.tech) === 'client');
    if (!server || !client) continue;
    merged.set(server, mergeInto(server, client));
    dropped.add(client);
  }
  if (merged.size === 0) return [...nodes];
  return nodes.filter((n) => !dropped.has(n)).map((n) => merged.get(n) ?? n);
}
