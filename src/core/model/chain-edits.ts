import type { Chain, ChainNode, NodePart, PartName, SettingScalar } from './chain';
import { withPartSetting } from './node-parts';
import { ms, type Ms } from './duration';

/** RTT given to a new link: two hosts in one datacenter. */
export const DEFAULT_LINK_RTT_MS: Ms = ms(1);

const clampIndex = (i: number, max: number): number => Math.max(0, Math.min(max, Math.trunc(i)));

/** A node id not used in the chain yet: the tech id, then `tech-2`, `tech-3`… */
export function pickNodeId(chain: Chain, tech: string): string {
  const used = new Set(chain.nodes.map((n) => n.id));
  if (!used.has(tech)) return tech;
  for (let k = 2; ; k++) if (!used.has(`${tech}-${k}`)) return `${tech}-${k}`;
}

/**
 * Inserts `node` so it ends up at `index` (0 = client end, nodes.length = server end).
 * Inside the chain the split link's RTT is kept on both sides; at either end the new link gets
 * `DEFAULT_LINK_RTT_MS`.
 */
export function insertNode(chain: Chain, index: number, node: ChainNode): Chain {
  const n = chain.nodes.length;
  const at = clampIndex(index, n);
  const nodes = [...chain.nodes.slice(0, at), node, ...chain.nodes.slice(at)];
  if (n === 0) return { ...chain, nodes, links: [] };
  const links = [...chain.links];
  if (at === 0) links.unshift({ rttMs: DEFAULT_LINK_RTT_MS });
  else if (at === n) links.push({ rttMs: DEFAULT_LINK_RTT_MS });
  else links.splice(at, 0, { rttMs: chain.links[at - 1]?.rttMs ?? DEFAULT_LINK_RTT_MS });
  return { ...chain, nodes, links };
}

/** Removes the node at `index`; the two links around an inner node merge (their RTTs add up). */
export function removeNode(chain: Chain, index: number): Chain {
  const n = chain.nodes.length;
  if (index < 0 || index >= n) return chain;
  const nodes = chain.nodes.filter((_, i) => i !== index);
  const links = [...chain.links];
  if (n <= 1) return { ...chain, nodes, links: [] };
  if (index === 0) links.shift();
  else if (index === n - 1) links.pop();
  else {
    const merged = (links[index - 1]?.rttMs ?? 0) + (links[index]?.rttMs ?? 0);
    links.splice(index - 1, 2, { rttMs: ms(merged) });
  }
  return { ...chain, nodes, links };
}

/** Moves a node to another position; links stay where they are (they belong to positions). */
export function moveNode(chain: Chain, from: number, to: number): Chain {
  const n = chain.nodes.length;
  if (from < 0 || from >= n) return chain;
  const target = clampIndex(to, n - 1);
  if (target === from) return chain;
  const nodes = [...chain.nodes];
  const [node] = nodes.splice(from, 1);
  if (!node) return chain;
  nodes.splice(target, 0, node);
  return { ...chain, nodes };
}

function updateNode(chain: Chain, index: number, update: (n: ChainNode) => ChainNode): Chain {
  if (!chain.nodes[index]) return chain;
  return { ...chain, nodes: chain.nodes.map((n, i) => (i === index ? update(n) : n)) };
}

/** Sets a value as the user's edit (origin `edit`), in the node's own part or its client part. */
export function setNodeSetting(
  chain: Chain,
  index: number,
  key: string,
  value: SettingScalar,
  part: PartName = 'main',
): Chain {
  return updateNode(chain, index, (n) =>
    withPartSetting(n, part, key, { value, origin: { kind: 'edit' } }),
  );
}

/** Applies `update` to a node's part: its own settings and locks, or its client part's. */
function updatePart(
  n: ChainNode,
  part: PartName,
  update: (p: Pick<NodePart, 'settings' | 'locked'>) => Pick<NodePart, 'settings' | 'locked'>,
): ChainNode {
  const from = part === 'client' && n.client ? n.client : n;
  const { settings, locked } = update({
    settings: from.settings,
    ...(from.locked ? { locked: from.locked } : {}),
  });
  const next = { settings, ...(locked && locked.length > 0 ? { locked } : {}) };
  if (part === 'client' && n.client) {
    const { locked: _old, ...client } = n.client;
    return { ...n, client: { ...client, ...next } };
  }
  const { locked: _old, ...rest } = n;
  return { ...rest, ...next };
}

/** Forgets a value: the technology's default (or fallback) applies again. */
export function clearNodeSetting(
  chain: Chain,
  index: number,
  key: string,
  part: PartName = 'main',
): Chain {
  return updateNode(chain, index, (n) =>
    updatePart(n, part, (p) => {
      const { [key]: _removed, ...settings } = p.settings;
      return { ...p, settings };
    }),
  );
}

/** Locks or unlocks a setting against the fix plan (a managed service, another team's server). */
export function toggleSettingLock(
  chain: Chain,
  index: number,
  key: string,
  part: PartName = 'main',
): Chain {
  return updateNode(chain, index, (n) =>
    updatePart(n, part, (p) => {
      const locked = p.locked ?? [];
      const next = locked.includes(key) ? locked.filter((k) => k !== key) : [...locked, key];
      return { settings: p.settings, locked: next };
    }),
  );
}

/** Changes a node's technology; its settings and locks belong to the old one and are dropped. */
export function setNodeTech(chain: Chain, index: number, tech: string): Chain {
  return updateNode(chain, index, (n) => {
    if (n.tech === tech) return n;
    // The client part belonged to the old technology's process too.
    const { version: _v, locked: _l, client: _c, ...rest } = n;
    return { ...rest, tech, settings: {} };
  });
}

/** Sets the version (undefined: the catalog's default version). */
export function setNodeVersion(chain: Chain, index: number, version: string | undefined): Chain {
  return updateNode(chain, index, (n) => {
    const { version: _old, ...rest } = n;
    return version ? { ...rest, version } : rest;
  });
}

export function setNodeLabel(chain: Chain, index: number, label: string): Chain {
  return updateNode(chain, index, (n) => {
    const { label: _old, ...rest } = n;
    const trimmed = label.trim();
    return trimmed ? { ...rest, label: trimmed } : rest;
  });
}

/** Sets the round-trip time of the link between node `index` and node `index + 1`. */
export function setLinkRtt(chain: Chain, index: number, rttMs: Ms): Chain {
  if (!chain.links[index]) return chain;
  return { ...chain, links: chain.links.map((l, i) => (i === index ? { ...l, rttMs } : l)) };
}
