import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { estimateHopLoss } from './estimate';
import { simulateHop, type SimulationParams } from './simulate';

/**
 * Where the closed form applies — Poisson arrivals, LIFO reuse, low concurrency (a request rarely
 * finds the connection busy, compared with p) — the simulated loss share must match it: within 3 %
 * or 4.5 standard errors, whichever is wider.
 * Concurrency is what breaks the formula: a request that arrives while another is in flight opens
 * a second connection, which a client that never notices FINs later reuses long after the close.
 */
const hop = fc.record({
  serverIdleMs: fc.integer({ min: 200, max: 120_000 }),
  /** Per 10 000 of S. */
  rtt: fc.integer({ min: 0, max: 2 }),
  /** Service time, per 10 000 of S. */
  service: fc.integer({ min: 0, max: 2 }),
  serviceShape: fc.constantFrom('fixed' as const, 'exponential' as const),
  /** Per cent of S. */
  delay: fc.integer({ min: 0, max: 30 }),
  granularity: fc.integer({ min: 0, max: 10 }),
  /** C as a per cent of S, or no limit. */
  client: fc.option(fc.integer({ min: 50, max: 300 }), { nil: null }),
  finDetection: fc.boolean(),
  /** λ·S in tenths. */
  load: fc.integer({ min: 2, max: 40 }),
  reactionDelayShape: fc.constantFrom('fixed' as const, 'exponential' as const),
  serverClose: fc.constantFrom('envelope' as const, 'uniform' as const),
  retried: fc.boolean(),
  nonIdempotentShare: fc.double({ min: 0, max: 1, noNaN: true }),
  seed: fc.integer({ min: 0, max: 2 ** 31 }),
});

const REQUESTS = 200_000;

describe('simulation vs closed form', () => {
  test.prop([hop], { numRuns: 40 })('agree on the loss share', (h) => {
    const S = h.serverIdleMs;
    const params: SimulationParams = {
      serverIdleMs: S,
      clientIdleMs: h.client === null ? null : (S * h.client) / 100,
      rttMs: (S * h.rtt) / 10_000,
      reactionDelayMs: (S * h.delay) / 100,
      serverGranularityMs: (S * h.granularity) / 100,
      finDetection: h.finDetection,
      serviceMs: (S * h.service) / 10_000,
      serviceShape: h.serviceShape,
      rps: (h.load / 10) * (1000 / S),
      reactionDelayShape: h.reactionDelayShape,
      serverClose: h.serverClose,
      retry: h.retried ? { policy: 'idempotent', attempts: 1 } : { policy: 'none', attempts: 0 },
      nonIdempotentShare: h.nonIdempotentShare,
    };
    const expected = estimateHopLoss(params).lossShare;
    // Low concurrency, relative to p: requests that find the connection busy (≈ λ·(2·RTT + service))
    // leave a second connection behind, which can add losses of its own.
    const busyShare = (params.rps / 1000) * (2 * params.rttMs + (params.serviceMs ?? 0));
    fc.pre(busyShare <= 0.01 * expected || busyShare === 0);
    const sim = simulateHop(params, { seed: h.seed, requests: REQUESTS });
    const se = Math.sqrt((expected * (1 - expected)) / REQUESTS);
    expect(Math.abs(sim.lossProbability - expected)).toBeLessThanOrEqual(
      Math.max(0.03 * expected, 4.5 * se) + 1e-9,
    );
  });
});
