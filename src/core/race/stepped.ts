import {
  startSimulation,
  type SimulationOptions,
  type SimulationParams,
  type SimulationResult,
} from './simulate';

export interface SteppedOptions extends SimulationOptions {
  /**
   * Awaited after each step so the host can take messages (a cancel) in between.
   * Default: a macrotask via setTimeout(0), which lets a worker's message queue run.
   */
  pause?: () => Promise<void>;
}

const nextMacrotask = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * `simulateHop` for a Web Worker: runs `progressEvery` requests at a time (default 65 536, about
 * 10 ms of CPU), reports progress, yields, and stops with `complete: false` once `signal` is
 * aborted. Same result as `simulateHop` for the same seed.
 */
export async function simulateHopInSteps(
  p: SimulationParams,
  o: SteppedOptions,
): Promise<SimulationResult> {
  const run = startSimulation(p, o.seed);
  const step = Math.max(1, Math.floor(o.progressEvery ?? 65_536));
  const pause = o.pause ?? nextMacrotask;
  let done = 0;
  while (done < o.requests) {
    if (o.signal?.aborted) return run.result(false);
    const n = Math.min(step, o.requests - done);
    run.advance(n);
    done += n;
    o.onProgress?.(done, o.requests);
    await pause();
  }
  return run.result(true);
}
