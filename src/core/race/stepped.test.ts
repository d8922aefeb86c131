import { describe, expect, it } from 'vitest';
import { simulateHop, type SimulationParams } from './simulate';
import { simulateHopInSteps } from './stepped';

const hop: SimulationParams = {
  serverIdleMs: 1000,
  clientIdleMs: null,
  rttMs: 1,
  reactionDelayMs: 50,
  serverGranularityMs: 5,
  finDetection: true,
  rps: 1,
};

describe('simulateHopInSteps', () => {
  it('gives the same result as the synchronous run', async () => {
    const stepped = await simulateHopInSteps(hop, {
      seed: 8,
      requests: 30_000,
      progressEvery: 4096,
    });
    expect(stepped).toEqual(simulateHop(hop, { seed: 8, requests: 30_000 }));
  });

  it('takes a cancel that arrives while it yields', async () => {
    const signal = { aborted: false };
    const progress: number[] = [];
    let pauses = 0;
    const r = await simulateHopInSteps(hop, {
      seed: 8,
      requests: 100_000,
      progressEvery: 10_000,
      signal,
      onProgress: (done) => progress.push(done),
      // A cancel message handled during the second pause.
      pause: async () => {
        pauses += 1;
        if (pauses === 2) signal.aborted = true;
      },
    });
    expect(progress).toEqual([10_000, 20_000]);
    expect(r.requests).toBe(20_000);
    expect(r.complete).toBe(false);
  });
});
