import { describe, expect, it } from 'vitest';
import { estimateHopLoss } from './estimate';
import { computeLossesPerDay, computeLossProbability, type HopRateParams } from './probability';
import { computeLossShare, computeUserVisibleProbability } from './retry';
import { GO_TO_NODE } from './test-params';

const goToNode: HopRateParams = GO_TO_NODE;

describe('computeLossProbability', () => {
  it('is e^(−λa) − e^(−λb) for the Go → Node example', () => {
    const p = computeLossProbability(goToNode);
    console.log(`Go → Node, 0.2 req/s: p = ${p.toPrecision(6)}`);
    expect(p).toBeCloseTo(Math.exp(-0.0002 * 4998) - Math.exp(-0.0002 * 5015), 15);
    expect(p).toBeCloseTo(0.00124917, 8);
    expect(computeLossesPerDay(0.2, p)).toBeCloseTo(21.5856, 3);
  });
  it('runs to C for a client that never notices the FIN', () => {
    const p = { ...goToNode, finDetection: false };
    expect(computeLossProbability(p)).toBeCloseTo(Math.exp(-0.9996) - Math.exp(-18), 12);
    expect(computeLossProbability({ ...p, clientIdleMs: null })).toBeCloseTo(Math.exp(-0.9996), 12);
  });
  it('is capped by C and zero when the client always drops first', () => {
    expect(computeLossProbability({ ...goToNode, clientIdleMs: 5005 })).toBeCloseTo(
      Math.exp(-0.0002 * 4998) - Math.exp(-0.0002 * 5005),
      15,
    );
    expect(computeLossProbability({ ...goToNode, clientIdleMs: 4998 })).toBe(0);
    expect(computeLossProbability({ ...goToNode, clientIdleMs: 3000, finDetection: false })).toBe(
      0,
    );
  });
  it('is zero without traffic', () => {
    expect(computeLossProbability({ ...goToNode, rps: 0 })).toBe(0);
  });
  it('peaks near λ = 1/S at about (b − a) / (e·S)', () => {
    const hop = { ...goToNode, serverIdleMs: 10_000, clientIdleMs: null };
    const atPeak = computeLossProbability({ ...hop, rps: 0.1 });
    expect(atPeak).toBeCloseTo(17 / (Math.E * 10_000), 5);
    expect(computeLossProbability({ ...hop, rps: 0.05 })).toBeLessThan(atPeak);
    expect(computeLossProbability({ ...hop, rps: 0.2 })).toBeLessThan(atPeak);
  });
  it('takes the exact expectation over an exponential δ', () => {
    // E[e^(−λ·min(B + δ, C))] with δ ~ Exp(10 ms), B = S + γs = 5005, by the closed form.
    const p = computeLossProbability({ ...goToNode, reactionDelayShape: 'exponential' });
    expect(p).toBeCloseTo(0.001248433151957662, 12);
  });
  it('averages over the close offset in the uniform model (window RTT + δ wide)', () => {
    // Midpoint rule over x ∈ [0, 5] with 10⁶ steps gives 0.000881763869.
    const p = computeLossProbability({ ...goToNode, serverClose: 'uniform' });
    expect(p).toBeCloseTo(0.000881763869, 11);
    expect(
      computeLossProbability({ ...goToNode, serverClose: 'uniform', serverGranularityMs: 0 }),
    ).toBeCloseTo(Math.exp(-0.0002 * 4998) - Math.exp(-0.0002 * 5010), 15);
  });
});

describe('retries', () => {
  const p = 0.01;
  it('hide only the retried share of losses', () => {
    const go = { policy: 'any-unsent', attempts: 1 } as const;
    expect(computeUserVisibleProbability(p, go, 0.25)).toBeCloseTo(0.0025, 12);
    expect(computeUserVisibleProbability(p, { policy: 'none', attempts: 0 }, 0.25)).toBe(p);
    expect(computeUserVisibleProbability(p, { policy: 'returns-502', attempts: 1 }, 0)).toBe(p);
    expect(computeUserVisibleProbability(p, { policy: 'any', attempts: 1 }, 0.5)).toBe(0);
    expect(computeUserVisibleProbability(p, { policy: 'any', attempts: 2 }, 0, 0.5)).toBeCloseTo(
      0.0025,
      12,
    );
  });
  it('give the long-run loss share p / (1 + visible)', () => {
    expect(computeLossShare(0.5, 0.5)).toBeCloseTo(1 / 3, 12);
    expect(computeLossShare(0.5, 0)).toBe(0.5);
  });
});

describe('estimateHopLoss', () => {
  it('gathers window, p, losses per day and the user-visible rate', () => {
    const e = estimateHopLoss({
      ...goToNode,
      retry: { policy: 'any-unsent', attempts: 1 },
      nonIdempotentShare: 0.1,
    });
    expect(e.window).toEqual({ startMs: 4998, endMs: 5015 });
    expect(e.lossesPerDay).toBeCloseTo(21.5856, 3);
    expect(e.userVisiblePerDay).toBeCloseTo(2.15856, 4);
    expect(e.lossShare).toBeCloseTo(e.lossProbability / (1 + e.userVisibleProbability), 15);
  });
});
