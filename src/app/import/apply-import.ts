import type { Chain, ChainNode, Link } from '../../core/model/chain';
import { ms } from '../../core/model/duration';
import { err, ok, type Result } from '../../core/model/result';
import { DEFAULT_LINK_RTT_MS, pickNodeId } from '../../core/model/chain-edits';
import type { ImportPick, ImportTarget } from '../store/types';
import type { ImportPreview } from './types';

type FoundNode = Omit<ChainNode, 'id'>;

/** The found nodes that join, client end first (all of them in the preview's order by default). */
export function pickedIndexes(preview: ImportPreview, pick: ImportPick | null): number[] {
  const all = preview.nodes.map((_, i) => i);
  if (!pick) return all;
  // A pick made for an earlier preview may name nodes that are gone: keep the ones still there.
  const order = [...pick.order.filter((i) => i < all.length), ...all];
  const skipped = new Set(pick.skipped);
  return [...new Set(order)].filter((i) => !skipped.has(i));
}

/** The link between two found nodes: a chain file's own when they were neighbours there. */
const linkBetween = (preview: ImportPreview, a: number, b: number): Link | undefined =>
  b === a + 1 ? preview.links[a] : b === a - 1 ? preview.links[b] : undefined;

/** The picked nodes as a chain of their own (fresh ids, chain files' links kept). */
function chainOfPicked(base: Chain, preview: ImportPreview, indexes: readonly number[]): Chain {
  let out: Chain = { nodes: [], links: [] };
  indexes.forEach((i, k) => {
    const found = preview.nodes[i] as FoundNode;
    const node: ChainNode = {
      ...found,
      id: pickNodeId({ ...out, nodes: [...base.nodes, ...out.nodes] }, found.tech),
    };
    const prev = indexes[k - 1];
    const rtt = prev === undefined ? undefined : linkBetween(preview, prev, i)?.rttMs;
    out = {
      nodes: [...out.nodes, node],
      links: k > 0 ? [...out.links, { rttMs: ms(rtt ?? DEFAULT_LINK_RTT_MS) }] : [],
    };
  });
  return out;
}

/** Two chains one after the other, joined by a default link. */
const join = (a: Chain, b: Chain): Chain =>
  a.nodes.length === 0
    ? b
    : b.nodes.length === 0
      ? a
      : {
          nodes: [...a.nodes, ...b.nodes],
          links: [...a.links, { rttMs: ms(DEFAULT_LINK_RTT_MS) }, ...b.links],
        };

/** Appends the found nodes at the server end, in the preview's order or as picked. */
export function appendImported(
  chain: Chain,
  preview: ImportPreview,
  pick: ImportPick | null = null,
): Chain {
  return join(chain, chainOfPicked(chain, preview, pickedIndexes(preview, pick)));
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

/** The chain after the import, or why it cannot be made (nothing changes then). */
export function applyImportTarget(
  chain: Chain,
  preview: ImportPreview,
  target: ImportTarget,
  pick: ImportPick | null,
): Result<Chain> {
  const indexes = pickedIndexes(preview, pick);
  if (target.mode === 'fill') {
    const picked = { ...preview, nodes: indexes.map((i) => preview.nodes[i] as FoundNode) };
    return fillNode(chain, target.nodeIndex, picked);
  }
  if (indexes.length === 0) return err('No node is ticked: nothing to add.');
  const found = chainOfPicked(
    target.mode === 'replace' ? { nodes: [], links: [] } : chain,
    preview,
    indexes,
  );
  if (target.mode === 'replace') return ok(found);
  return ok(target.mode === 'prepend' ? join(found, chain) : join(chain, found));
}
