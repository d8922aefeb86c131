import { describe, expect, it } from 'vitest';
import { computeLossProbability } from './probability';
import { simulateHop, startSimulation, type SimulationParams } from './simulate';
import { GO_TO_NODE } from './test-params';

const goToNode: SimulationParams = GO_TO_NODE;

describe('simulateHop', () => {
  it('is deterministic for a seed, however the run is split', () => {
    const a = simulateHop(goToNode, { seed: 9, requests: 50_000 });
    const b = simulateHop(goToNode, { seed: 9, requests: 50_000, progressEvery: 777 });
    const c = simulateHop(goToNode, { seed: 10, requests: 50_000 });
    expect(b).toEqual(a);
    expect(c.losses).not.toBe(a.losses);
    const run = startSimulation(goToNode, 9);
    run.advance(20_000);
    run.advance(30_000);
    expect(run.result(true)).toEqual(a);
  });

  it('agrees with the closed form for Go → Node (1 000 000 requests)', () => {
    const r = simulateHop(goToNode, { seed: 1, requests: 1_000_000 });
    const p = computeLossProbability(goToNode);
    console.log(
      `Go → Node: simulated ${r.lossProbability} ${JSON.stringify(r.ci95)}, analytic ${p}`,
    );
    expect(r.ci95[0]).toBeLessThan(p);
    expect(r.ci95[1]).toBeGreaterThan(p);
    expect(Math.abs(r.lossProbability - p) / p).toBeLessThan(0.1);
    expect(r.requests).toBe(1_000_000);
    expect(r.complete).toBe(true);
    // Mean gap 5 s: about e^(−λ·S) ≈ 37 % of requests find the connection closed and open a new one.
    expect(r.newConnections / r.requests).toBeCloseTo(Math.exp(-1), 2);
  });

  it('reports progress and stops when cancelled', () => {
    const seen: number[] = [];
    const signal = { aborted: false };
    const r = simulateHop(goToNode, {
      seed: 3,
      requests: 100_000,
      progressEvery: 10_000,
      signal,
      onProgress: (done) => {
        seen.push(done);
        if (done >= 30_000) signal.aborted = true;
      },
    });
    expect(seen).toEqual([10_000, 20_000, 30_000]);
    expect(r.requests).toBe(30_000);
    expect(r.complete).toBe(false);
  });

  it('loses every third health check that lands in the window', () => {
    // One probe every 5 s: a reuse after 4998 ms meets the close; the next probe opens a new
    // connection (4 ms: handshake + request), so the one after reuses at 4996 ms and is served.
    const r = simulateHop(
      { ...goToNode, arrivals: { kind: 'periodic', jitterMs: 0 } },
      { seed: 1, requests: 9000 },
    );
    expect(r.losses).toBe(3000);
    expect(r.newConnections).toBe(3000);
    expect(r.reuses).toBe(3000);
  });

  it('retries only idempotent requests for Go, on a fresh connection', () => {
    const r = simulateHop(
      {
        ...goToNode,
        rps: 0.5,
        retry: { policy: 'any-unsent', attempts: 1 },
        nonIdempotentShare: 0.25,
      },
      { seed: 4, requests: 400_000 },
    );
    expect(r.losses).toBeGreaterThan(100);
    expect(r.retryLosses).toBe(0);
    expect(r.userVisibleFailures / r.losses).toBeGreaterThan(0.18);
    expect(r.userVisibleFailures / r.losses).toBeLessThan(0.32);
    expect(r.retries + r.userVisibleFailures).toBe(r.losses);
  });

  it('loses more with FIFO reuse when bursts leave many idle connections', () => {
    // Bursts of ~1 s at ~50 req/s with 200 ms requests open ~10 connections; between bursts
    // (mean 5 s) FIFO picks the longest idle connection, LIFO the freshest.
    const bursty: SimulationParams = {
      ...goToNode,
      rps: 2,
      serviceMs: 200,
      reactionDelayMs: 50,
      arrivals: { kind: 'bursty', onMs: 1000, offMs: 5000 },
    };
    const lifo = simulateHop(bursty, { seed: 5, requests: 200_000 });
    const fifo = simulateHop({ ...bursty, reuseOrder: 'fifo' }, { seed: 5, requests: 200_000 });
    expect(lifo.peakConnections).toBeGreaterThan(5);
    expect(fifo.losses).toBeGreaterThan(lifo.losses * 1.5);
  });

  it('queues requests beyond N busy connections and closes idle ones beyond maxIdle', () => {
    const r = simulateHop(
      { ...goToNode, rps: 20, serviceMs: 100, maxConnections: 1 },
      { seed: 6, requests: 10_000 },
    );
    expect(r.peakConnections).toBe(1);
    expect(r.queued).toBeGreaterThan(5000);
    expect(r.newConnections).toBe(1);
    const capped = simulateHop(
      { ...goToNode, rps: 20, serviceMs: 100, maxIdle: 0 },
      { seed: 6, requests: 10_000 },
    );
    expect(capped.reuses).toBe(0);
    expect(capped.losses).toBe(0);
  });

  it('never loses a request when the client drops first', () => {
    const r = simulateHop({ ...goToNode, clientIdleMs: 4990 }, { seed: 7, requests: 200_000 });
    expect(r.losses).toBe(0);
    expect(r.ci95[0]).toBe(0);
  });

  it('rejects a rate that is not positive', () => {
    expect(() => startSimulation({ ...goToNode, rps: 0 }, 1)).toThrow(RangeError);
  });
});
