import { describe, expect, it } from 'vitest';
import { simulateHop, simulateHopInSteps, type SimulationResult } from '../../core/race';
import type { RaceWorkerMessage, RaceWorkerRequest } from '../workers/race-worker';
import {
  runSimulationJobs,
  type RaceWorkerPort,
  type RunEnd,
  type RunProgress,
  type SimulationJob,
} from './simulation-runner';

/** Speaks the race worker's protocol in-process, with small steps so cancels land mid-run. */
function createFakeWorker(): RaceWorkerPort & { posted: RaceWorkerRequest[] } {
  const listeners = new Set<(e: { data: RaceWorkerMessage }) => void>();
  const running = new Map<number, { aborted: boolean }>();
  const emit = (data: RaceWorkerMessage) => {
    // Deleting from a Set while iterating it is safe: removed listeners are not called.
    for (const l of listeners) l({ data });
  };
  const posted: RaceWorkerRequest[] = [];
  return {
    posted,
    addEventListener: (_t, l) => listeners.add(l),
    removeEventListener: (_t, l) => listeners.delete(l),
    postMessage(req) {
      posted.push(req);
      if (req.type === 'cancel') {
        const s = running.get(req.id);
        if (s) s.aborted = true;
        return;
      }
      const signal = { aborted: false };
      running.set(req.id, signal);
      void simulateHopInSteps(req.params, {
        seed: req.seed,
        requests: req.requests,
        signal,
        progressEvery: 10_000,
        onProgress: (done, total) => emit({ type: 'progress', id: req.id, done, total }),
      }).then((result) => emit({ type: 'result', id: req.id, result }));
    },
  };
}

const hop = {
  serverIdleMs: 1000,
  clientIdleMs: 60_000,
  rttMs: 1,
  reactionDelayMs: 10,
  serverGranularityMs: 5,
  finDetection: true,
  rps: 1,
};
const jobs: SimulationJob[] = [
  { hop: 0, params: hop },
  { hop: 2, params: { ...hop, serverIdleMs: 2000, arrivals: { kind: 'periodic', jitterMs: 0 } } },
];

function collect() {
  const progress: RunProgress[] = [];
  const results = new Map<number, SimulationResult>();
  let resolve: ((e: RunEnd) => void) | undefined;
  const ended = new Promise<RunEnd>((r) => (resolve = r));
  return {
    progress,
    results,
    ended,
    handlers: {
      onProgress: (p: RunProgress) => progress.push(p),
      onResult: (h: number, r: SimulationResult) => results.set(h, r),
      onEnd: (e: RunEnd) => resolve?.(e),
    },
  };
}

describe('runSimulationJobs', () => {
  it('runs each hop in turn and gives the same result as simulateHop with that seed', async () => {
    const c = collect();
    runSimulationJobs(createFakeWorker(), jobs, { seed: 7, requests: 50_000 }, c.handlers);
    expect(await c.ended).toEqual({ kind: 'done' });
    expect(c.results.get(0)).toEqual(simulateHop(hop, { seed: 7, requests: 50_000 }));
    expect(c.results.get(2)).toEqual(simulateHop(jobs[1]!.params, { seed: 7, requests: 50_000 }));
    const fractions = c.progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(c.progress.find((p) => p.hop === 2)?.job).toBe(1);
    // A check every 1 s against S = 2 s always reuses before S; Poisson gaps sometimes land past it.
    expect(c.results.get(2)?.losses).toBe(0);
    expect(c.results.get(0)?.losses).toBeGreaterThan(0);
  });

  it('cancels mid-run: a partial result for the running hop, no further hops', async () => {
    const c = collect();
    const worker = createFakeWorker();
    const run = runSimulationJobs(
      worker,
      jobs,
      { seed: 1, requests: 10_000_000 },
      {
        ...c.handlers,
        onProgress: (p) => {
          c.progress.push(p);
          if (c.progress.length === 3) run.cancel();
        },
      },
    );
    expect(await c.ended).toEqual({ kind: 'cancelled' });
    const partial = c.results.get(0);
    expect(partial?.complete).toBe(false);
    expect(partial?.requests).toBeLessThan(10_000_000);
    expect(partial?.requests).toBeGreaterThanOrEqual(30_000);
    expect(c.results.has(2)).toBe(false);
    expect(worker.posted.filter((m) => m.type === 'run')).toHaveLength(1);
  });

  it('ends at once for an empty queue, and reports worker errors', async () => {
    const c = collect();
    runSimulationJobs(createFakeWorker(), [], { seed: 1, requests: 10 }, c.handlers);
    expect(await c.ended).toEqual({ kind: 'done' });
    const d = collect();
    const run = runSimulationJobs(createFakeWorker(), jobs, { seed: 1, requests: 1e7 }, d.handlers);
    run.fail('worker failed to load');
    expect(await d.ended).toEqual({ kind: 'error', message: 'worker failed to load' });
  });

  it('stops silently when the inputs change', async () => {
    const c = collect();
    const worker = createFakeWorker();
    const run = runSimulationJobs(worker, jobs, { seed: 1, requests: 1e7 }, c.handlers);
    run.stop();
    await new Promise((r) => setTimeout(r, 20));
    expect(c.results.size).toBe(0);
    expect(worker.posted.map((m) => m.type)).toEqual(['run', 'cancel']);
  });
});
