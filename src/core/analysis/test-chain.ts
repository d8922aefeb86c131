import type { Chain, ChainNode, SettingScalar } from '../model/chain';
import { ms } from '../model/duration';
import { parseTechRef } from '../catalog/registry';

/** A node for tests: `'nginx@1.29.7'` or `['nginx', { keepalive_timeout: 65000 }]`, values as if edited. */
export type NodeSpec =
  string | [string, Record<string, SettingScalar>, { locked?: string[]; id?: string }?];

/**
 * A long chain through every kind of middle node (CDN, L4 and L7 balancers, proxies, a mesh
 * sidecar), for tests and previews of many hops.
 */
export const LONG_CHAIN: readonly NodeSpec[] = [
  'go-transport',
  'cloudflare',
  'aws-nlb',
  'aws-alb',
  'nginx',
  'envoy',
  'haproxy',
  'istio-sidecar',
  'traefik',
  'caddy',
  'apache-httpd',
  'node-http-server',
];

/** Builds a chain from node specs with 1 ms links (or `rttMs`). */
export function chainOf(specs: readonly NodeSpec[], rttMs = 1): Chain {
  const nodes: ChainNode[] = specs.map((spec, i) => {
    const [ref, values, extra] = typeof spec === 'string' ? [spec, {}, undefined] : spec;
    const { id, version } = parseTechRef(ref);
    const settings = Object.fromEntries(
      Object.entries(values).map(([k, value]) => [k, { value, origin: { kind: 'edit' as const } }]),
    );
    return {
      id: extra?.id ?? `n${i + 1}`,
      tech: id,
      ...(version ? { version } : {}),
      settings,
      ...(extra?.locked ? { locked: extra.locked } : {}),
    };
  });
  return { nodes, links: nodes.slice(1).map(() => ({ rttMs: ms(rttMs) })) };
}
