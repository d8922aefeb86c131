import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { estimateHopLoss } from './estimate';
import { erlangTail } from './gap-survival';
import { simulateHop, type SimulationParams } from './simulate';

/**
 * A pool of N connections reused in a fixed order: FIFO (round-robin) gives each connection λ/N and
 * an Erlang(N, λ) idle gap, LIFO keeps reusing the newest (Exp(λ) gaps). The closed form and the
 * simulator must agree — within 3 % or 4.5 standard errors — wherever both apply: Poisson arrivals,
 * no service time, an RTT small against the gaps.
 */
const pooled = fc.record({
  serverIdleMs: fc.integer({ min: 500, max: 60_000 }),
  pool: fc.integer({ min: 1, max: 60 }),
  reuse: fc.constantFrom('lifo' as const, 'fifo' as const),
  /** A connection's mean gap N/λ as tenths of S. */
  load: fc.integer({ min: 5, max: 20 }),
  /** Per cent of S. */
  delay: fc.integer({ min: 1, max: 20 }),
  granularity: fc.integer({ min: 0, max: 5 }),
  client: fc.option(fc.integer({ min: 50, max: 300 }), { nil: null }),
  finDetection: fc.boolean(),
  reactionDelayShape: fc.constantFrom('fixed' as const, 'exponential' as const),
  seed: fc.integer({ min: 0, max: 2 ** 31 }),
});

const REQUESTS = 200_000;

describe('a pool of N: closed form vs simulator', () => {
  test.prop([pooled], { numRuns: 30 })('agree on the loss share', (h) => {
    const S = h.serverIdleMs;
    // FIFO: N/λ = load·S/10, so λ = 10·N/(load·S); LIFO uses the same λ.
    const rps = ((10 * h.pool) / (h.load * S)) * 1000;
    const params: SimulationParams = {
      serverIdleMs: S,
      clientIdleMs: h.client === null ? null : (S * h.client) / 100,
      rttMs: 0,
      reactionDelayMs: (S * h.delay) / 100,
      serverGranularityMs: (S * h.granularity) / 100,
      finDetection: h.finDetection,
      reactionDelayShape: h.reactionDelayShape,
      rps,
      poolSize: h.pool,
      reuseOrder: h.reuse,
    };
    const expected = estimateHopLoss(params).lossShare;
    fc.pre(expected > 1e-4);
    const sim = simulateHop(params, { seed: h.seed, requests: REQUESTS });
    // Round-robin gaps of neighbouring requests share N − 1 of their N arrivals: losses come in
    // runs about N long, so the sample holds about REQUESTS / N independent draws.
    const independent = REQUESTS / (h.reuse === 'fifo' ? h.pool : 1);
    const se = Math.sqrt((expected * (1 - expected)) / independent);
    expect(Math.abs(sim.lossProbability - expected)).toBeLessThanOrEqual(
      Math.max(0.03 * expected, 4.5 * se) + 1e-9,
    );
  });
});

describe('the issue’s example: 10 requests/s over 50 connections', () => {
  // Node server keepAliveTimeout 5 s + 1 s buffer = S 6 s; a Go-like client noticing FINs, δ 10 ms,
  // RTT 1 ms, γs 5 ms. Round-robin gives each connection 0.2 requests/s, gaps Erlang(50, 10/s):
  // mean 5 s, sd 0.71 s; the window [S − RTT, S + δ + γs] = [5.999 s, 6.015 s] holds
  // e^(−λx)Σ(λx)^k/k! between its ends ≈ 0.31 % of gaps (density ≈ 0.19 /s over 16 ms);
  // LIFO keeps reusing one connection every 0.1 s, which almost never idles 6 s.
  const hop = {
    serverIdleMs: 6000,
    clientIdleMs: 90_000,
    rttMs: 1,
    reactionDelayMs: 10,
    serverGranularityMs: 5,
    finDetection: true,
    rps: 10,
  };
  it('round-robin over 50 connections loses about 0.3 %, LIFO next to nothing', () => {
    const fifo = estimateHopLoss({ ...hop, poolSize: 50, reuseOrder: 'fifo' }).lossProbability;
    expect(fifo).toBeGreaterThan(0.0029);
    expect(fifo).toBeLessThan(0.0033);
    expect(
      estimateHopLoss({ ...hop, poolSize: 50, reuseOrder: 'lifo' }).lossProbability,
    ).toBeLessThan(1e-20);
  });
  it('Erlang tail: N = 1 is the exponential, and the tail never overflows', () => {
    expect(erlangTail(1, 0.001, 2000)).toBeCloseTo(Math.exp(-2), 12);
    expect(erlangTail(3, 0.001, 2000)).toBeCloseTo(Math.exp(-2) * (1 + 2 + 2), 12);
    expect(erlangTail(5000, 1, 1e6)).toBeGreaterThanOrEqual(0);
    expect(erlangTail(5000, 1, 10)).toBeCloseTo(1, 12);
  });
});
