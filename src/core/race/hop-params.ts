import type { HopReport } from '../analysis/types';
import type { ResolvedNode } from '../catalog/types';
import { findReuseOrder } from '../catalog/reuse-order';
import type { HopEstimateParams } from './estimate';
import type { ReuseOrder } from './gap-survival';

/** Whether a hop can race, and with which numbers. */
export type HopRaceInput =
  | { kind: 'race'; params: HopEstimateParams }
  /** Cannot lose a request to the idle race: p = 0. */
  | { kind: 'no-race'; reason: string }
  /** A side is not in the catalog or its value is unknown. */
  | { kind: 'unknown'; reason: string };

export interface HopTraffic {
  /** λ at the hop's client side, requests per second. */
  rps: number;
  nonIdempotentShare: number;
  /** δ in ms. */
  reactionDelayMs: number;
  /** Replaces the hop's RTT when given (ms). */
  rttMs?: number;
  /** N: connections the client keeps open (default: one, the closed form's low-traffic case). */
  poolSize?: number;
  /** Replaces the client technology's own reuse order (catalog/reuse-order.ts). */
  reuseOrder?: ReuseOrder;
}

/**
 * The race parameters of an analysed hop: S and C from the report (C after the server's hint),
 * γs, FIN detection and retry behaviour from the resolved catalog sides.
 */
export function readHopRaceInput(
  hop: HopReport,
  nodes: readonly (ResolvedNode | undefined)[],
  traffic: HopTraffic,
): HopRaceInput {
  const client = nodes[hop.client.nodeIndex]?.client;
  const server = nodes[hop.server.nodeIndex]?.server;
  if (!client) return { kind: 'unknown', reason: `${hop.client.label} has no known client side` };
  if (!server) return { kind: 'unknown', reason: `${hop.server.label} has no known server side` };
  // A value written but unresolved: the race cannot be estimated from a default in its place.
  for (const side of [hop.client, hop.server])
    if (side.unknown)
      return {
        kind: 'unknown',
        reason: `${side.label}'s ${side.unknown.key} is unknown (${side.unknown.value.unknown})`,
      };
  if (!hop.reuse)
    return { kind: 'no-race', reason: 'connections are not reused (one request per connection)' };
  const s = hop.server.idleMs;
  if (s === null)
    return { kind: 'no-race', reason: `${hop.server.label} never closes idle connections` };
  return {
    kind: 'race',
    params: {
      serverIdleMs: s,
      clientIdleMs: hop.client.idleMs,
      rttMs: traffic.rttMs ?? hop.rttMs,
      reactionDelayMs: traffic.reactionDelayMs,
      serverGranularityMs: server.granularityMs,
      finDetection: client.finDetection,
      rps: traffic.rps,
      retry: { policy: client.retry.policy, attempts: client.retry.attempts },
      nonIdempotentShare: traffic.nonIdempotentShare,
      ...(traffic.poolSize === undefined ? {} : { poolSize: traffic.poolSize }),
      reuseOrder: traffic.reuseOrder ?? findReuseOrder(hop.client.tech).order,
    },
  };
}
