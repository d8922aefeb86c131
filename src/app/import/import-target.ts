import { findTech } from '../../core/catalog/registry';
import type { Chain } from '../../core/model/chain';
import type { ImportTarget } from '../store/types';
import type { ImportPreview } from './types';

/**
 * Where found nodes go unless the user says otherwise, by what was found and what the chain is:
 * - the chain is empty or still an example: the found nodes become the chain;
 * - one node of a technology the chain has exactly once: it fills that node (a newer config of
 *   the same hop);
 * - only clients: at the client end, where a client sits;
 * - otherwise at the server end.
 */
export function chooseImportTarget(
  chain: Chain,
  preview: ImportPreview,
  showingExample: boolean,
): ImportTarget {
  if (chain.nodes.length === 0 || showingExample) return { mode: 'replace' };
  const [only] = preview.nodes;
  if (preview.nodes.length === 1 && only) {
    const same = chain.nodes.flatMap((n, i) => (n.tech === only.tech ? [i] : []));
    if (same.length === 1 && same[0] !== undefined) return { mode: 'fill', nodeIndex: same[0] };
  }
  if (preview.nodes.length > 0 && preview.nodes.every((n) => findTech(n.tech)?.kind === 'client'))
    return { mode: 'prepend' };
  return { mode: 'append' };
}
