import type {
  EffectiveValue,
  ResolvedClientSide,
  ResolvedL4,
  ResolvedNode,
  ResolvedServerSide,
} from '../catalog/types';
import type { AnalysisOptions, Chain } from '../model/chain';
import { ms, type Ms } from '../model/duration';
import { DEFAULT_RTT_MS } from './options';

/** Everything a rule needs about one hop. */
export interface HopContext {
  index: number;
  clientIndex: number;
  serverIndex: number;
  clientNode: ResolvedNode | undefined;
  serverNode: ResolvedNode | undefined;
  client: ResolvedClientSide | undefined;
  server: ResolvedServerSide | undefined;
  /** C after the server's Keep-Alive hint, where the client honours it. */
  clientIdle: EffectiveValue | undefined;
  rttMs: Ms;
  middleboxes: { index: number; node: ResolvedNode; l4: ResolvedL4 }[];
  /** RTT + γs + γc + safety allowance. */
  requiredMarginMs: Ms;
  options: AnalysisOptions;
}

/** A human name for a node: its label, else the technology's name, else its id. */
export const nameOf = (n: ResolvedNode | undefined, fallback = 'this node'): string =>
  n?.node.label ?? n?.tech.name ?? fallback;

/**
 * C_eff = min(C, H − margin) where the server advertises H and the client honours it
 * (design/race-model.md, Terms). Node's Agent only applies the hint when it has a timeout.
 */
export function applyHint(
  client: ResolvedClientSide,
  server: ResolvedServerSide | undefined,
  serverName: string,
): EffectiveValue {
  const hint = server?.hint;
  const h = client.hint;
  if (!hint || hint.value === null || !h.honours) return client.idle;
  if (h.onlyWithIdleLimit && (client.idle.value === null || client.idle.value === 0))
    return client.idle;
  let hinted = hint.value - h.marginMs;
  if (h.capMs !== undefined) hinted = Math.min(hinted, h.capMs);
  // undici and HttpClient use the hint instead of their own keep-alive; others only shorten theirs.
  if (!h.replacesIdle && client.idle.value !== null && client.idle.value <= hinted)
    return client.idle;
  return {
    value: Math.max(0, hinted),
    setting: client.idle.setting,
    origin: { kind: 'hint', hintMs: ms(hint.value), marginMs: h.marginMs, from: serverName },
  };
}

/**
 * Pairs the chain into hops: consecutive HTTP nodes (L4 middleboxes between them are attached to
 * the hop, their links' RTTs summed).
 */
export function buildHopContexts(
  chain: Chain,
  resolved: (ResolvedNode | undefined)[],
  options: AnalysisOptions,
): HopContext[] {
  const endpoints: number[] = [];
  resolved.forEach((r, i) => {
    if (!r || r.tech.sides !== 'l4') endpoints.push(i);
  });
  const hops: HopContext[] = [];
  for (let k = 0; k + 1 < endpoints.length; k++) {
    const ci = endpoints[k] ?? 0;
    const si = endpoints[k + 1] ?? 0;
    let rtt = 0;
    for (let l = ci; l < si; l++) rtt += chain.links[l]?.rttMs ?? DEFAULT_RTT_MS;
    const middleboxes: HopContext['middleboxes'] = [];
    for (let m = ci + 1; m < si; m++) {
      const node = resolved[m];
      if (node?.l4) middleboxes.push({ index: m, node, l4: node.l4 });
    }
    const clientNode = resolved[ci];
    const serverNode = resolved[si];
    const client = clientNode?.client;
    const server = serverNode?.server;
    const gran = (server?.granularityMs ?? 0) + (client?.granularityMs ?? 0);
    hops.push({
      index: k,
      clientIndex: ci,
      serverIndex: si,
      clientNode,
      serverNode,
      client,
      server,
      clientIdle: client ? applyHint(client, server, nameOf(serverNode)) : undefined,
      rttMs: ms(rtt),
      middleboxes,
      requiredMarginMs: ms(rtt + gran + options.safetyMarginMs),
      options,
    });
  }
  return hops;
}
