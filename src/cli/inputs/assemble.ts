import type { Chain, ChainNode, Link } from '../../core/model/chain';
import type { Ms } from '../../core/model/duration';
import { DEFAULT_RTT_MS } from '../../core/analysis/options';

/** Part of the chain from one input: its nodes, and for a chain file its links and settings. */
export interface Segment {
  nodes: (Omit<ChainNode, 'id'> & { id?: string })[];
  /** Links between this segment's own nodes (chain files); default RTT otherwise. */
  links?: Link[];
  traffic?: Chain['traffic'];
  options?: Chain['options'];
}

/** Makes node ids unique over the whole chain: a repeat gets `-2`, `-3`… */
function assignUniqueIds(nodes: Segment['nodes']): ChainNode[] {
  const used = new Set<string>();
  return nodes.map((n) => {
    const base = n.id ?? n.tech;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    return { ...n, id };
  });
}

/**
 * Joins the inputs' segments in order. Links between segments, and links left at the default
 * 1 ms, get `rttMs` (the CLI's --rtt). The last segment that sets traffic or options wins.
 */
export function assembleChain(segments: readonly Segment[], rttMs: Ms = DEFAULT_RTT_MS): Chain {
  const links: Link[] = [];
  let count = 0;
  for (const seg of segments) {
    if (seg.nodes.length === 0) continue;
    if (count > 0) links.push({ rttMs });
    for (let k = 0; k < seg.nodes.length - 1; k++) {
      const own = seg.links?.[k]?.rttMs;
      links.push({ rttMs: own === undefined || own === DEFAULT_RTT_MS ? rttMs : own });
    }
    count += seg.nodes.length;
  }
  const chain: Chain = { nodes: assignUniqueIds(segments.flatMap((s) => s.nodes)), links };
  for (const s of segments) {
    if (s.traffic) chain.traffic = s.traffic;
    if (s.options) chain.options = { ...chain.options, ...s.options };
  }
  return chain;
}
