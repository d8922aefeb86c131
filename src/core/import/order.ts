import { findTech } from '../catalog/registry';
import type { TechKind } from '../catalog/types';

/**
 * Where a kind of technology sits on the path a request takes, from the client end: clients,
 * CDNs, load balancers (with the L4 middleboxes beside them), proxies, sidecars, app servers.
 */
const RANK: Record<TechKind, number> = {
  client: 0,
  cdn: 1,
  'load-balancer': 2,
  l4: 2,
  proxy: 3,
  sidecar: 4,
  'app-server': 5,
};

/** The rank of a technology on the request path; unknown technologies sit with the proxies. */
export const rankOfTech = (tech: string): number => {
  const kind = findTech(tech)?.kind;
  return kind ? RANK[kind] : 3;
};

/**
 * Orders items by role, keeping the given order among items of the same rank (a stable sort),
 * so a file's own request path (an nginx server before its upstream) is never turned around.
 * Returns the new order and whether it differs from the given one.
 */
export function orderByRole<T>(
  items: readonly T[],
  techOf: (item: T) => string,
): { items: T[]; changed: boolean } {
  const ranked = items.map((item, i) => ({ item, i, rank: rankOfTech(techOf(item)) }));
  ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return { items: ranked.map((r) => r.item), changed: ranked.some((r, k) => r.i !== k) };
}
