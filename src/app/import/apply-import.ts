import type { Chain, ChainNode } from '../../core/model/chain';
import { ms } from '../../core/model/duration';
import { err, ok, type Result } from '../../core/model/result';
import { DEFAULT_LINK_RTT_MS, pickNodeId } from '../../core/model/chain-edits';
import type { ImportPreview } from './types';

/**
 * Appends the imported nodes at the server end, in the preview's order or `reversed` (chain
 * files keep their links).
 */
export function appendImported(chain: Chain, preview: ImportPreview, reversed = false): Chain {
  let out: Chain = chain;
  const nodes = reversed ? [...preview.nodes].reverse() : preview.nodes;
  const links = reversed ? [...preview.links].reverse() : preview.links;
  nodes.forEach((n, k) => {
    const node: ChainNode = { ...n, id: pickNodeId(out, n.tech) };
    const rtt = k > 0 ? (links[k - 1]?.rttMs ?? DEFAULT_LINK_RTT_MS) : DEFAULT_LINK_RTT_MS;
    out = {
      ...out,
      nodes: [...out.nodes, node],
      links: out.nodes.length > 0 ? [...out.links, { rttMs: ms(rtt) }] : [],
    };
  });
  return out;
}

/** The imported nodes that could fill a chain node: those of the same technology. */
export const findFillCandidates = (preview: ImportPreview, tech: string) =>
  preview.nodes.filter((n) => n.tech === tech);

/**
 * Fills node `index` with the values of the first imported node of its technology; values the
 * import sets win, the node's other values stay. An error (nothing changes) when none matches.
 */
export function fillNode(chain: Chain, index: number, preview: ImportPreview): Result<Chain> {
  const target = chain.nodes[index];
  if (!target) return err('That node is no longer in the chain.');
  const source = findFillCandidates(preview, target.tech)[0];
  if (!source)
    return err(
      `None of the imported configs is a ${target.tech}: choose "append" or another node.`,
    );
  const filled: ChainNode = {
    ...target,
    ...(source.version !== undefined ? { version: source.version } : {}),
    settings: { ...target.settings, ...source.settings },
  };
  return ok({ ...chain, nodes: chain.nodes.map((n, i) => (i === index ? filled : n)) });
}
