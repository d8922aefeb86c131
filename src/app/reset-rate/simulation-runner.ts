/**
 * Runs a queue of hop simulations, one after another, on the race worker
 * (src/app/workers/race-worker.ts): progress over the whole queue, a result per hop, cancel.
 * Framework-free so it can be tested with a stand-in worker.
 */
import type { SimulationParams, SimulationResult } from '../../core/race';
import type { RaceWorkerMessage, RaceWorkerRequest } from '../workers/race-worker';

/** What the runner needs of a Worker. */
export interface RaceWorkerPort {
  postMessage(message: RaceWorkerRequest): void;
  addEventListener(type: 'message', listener: (e: { data: RaceWorkerMessage }) => void): void;
  removeEventListener(type: 'message', listener: (e: { data: RaceWorkerMessage }) => void): void;
}

export interface SimulationJob {
  hop: number;
  params: SimulationParams;
}

export interface RunProgress {
  hop: number;
  /** Position of the running job in the queue (0-based) and the queue's length. */
  job: number;
  jobs: number;
  /** Requests simulated so far in this job, of `total`. */
  done: number;
  total: number;
  /** 0..1 over the whole queue. */
  fraction: number;
}

export type RunEnd = { kind: 'done' } | { kind: 'cancelled' } | { kind: 'error'; message: string };

export interface RunHandlers {
  onProgress(p: RunProgress): void;
  /** Each hop's result; `complete: false` for the one running when cancelled. */
  onResult(hop: number, result: SimulationResult): void;
  /** Called once, last. */
  onEnd(end: RunEnd): void;
}

export interface RunHandle {
  /** Stops after the running step; its partial result arrives, then `onEnd` cancelled. */
  cancel(): void;
  /** Stops at once and calls nothing more (inputs changed, component gone). */
  stop(): void;
  /** Ends with an error (the worker failed to load or crashed). */
  fail(message: string): void;
}

/** Run ids are unique per page, so two runners on one worker never read each other's messages. */
let lastId = 0;

/** Simulates `jobs` in order with the same seed and request count each. */
export function runSimulationJobs(
  port: RaceWorkerPort,
  jobs: readonly SimulationJob[],
  settings: { seed: number; requests: number },
  handlers: RunHandlers,
): RunHandle {
  let index = 0;
  let id = 0;
  let cancelled = false;
  let ended = false;

  const end = (e: RunEnd | null): void => {
    if (ended) return;
    ended = true;
    port.removeEventListener('message', listener);
    if (e) handlers.onEnd(e);
  };

  const startNext = (): void => {
    const job = jobs[index];
    if (!job) return end({ kind: 'done' });
    id = ++lastId;
    port.postMessage({ type: 'run', id, params: job.params, ...settings });
  };

  function listener({ data: m }: { data: RaceWorkerMessage }): void {
    const job = jobs[index];
    if (ended || m.id !== id || !job) return;
    if (m.type === 'progress') {
      const fraction = (index + m.done / Math.max(1, m.total)) / jobs.length;
      handlers.onProgress({ hop: job.hop, job: index, jobs: jobs.length, ...m, fraction });
    } else if (m.type === 'result') {
      handlers.onResult(job.hop, m.result);
      if (cancelled || !m.result.complete) return end({ kind: 'cancelled' });
      index += 1;
      startNext();
    } else end({ kind: 'error', message: m.message });
  }

  port.addEventListener('message', listener);
  startNext();
  const postCancel = (): void => port.postMessage({ type: 'cancel', id });
  return {
    cancel() {
      if (ended || cancelled) return;
      cancelled = true;
      postCancel();
    },
    stop() {
      if (ended) return;
      postCancel();
      end(null);
    },
    fail(message) {
      end({ kind: 'error', message });
    },
  };
}
