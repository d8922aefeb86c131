/**
 * Web Worker running the race simulator off the main thread, with progress and cancel.
 * Start: `new Worker(new URL('./workers/race-worker.ts', import.meta.url), { type: 'module' })`,
 * post a `run`, read `progress` messages, then one `result` (or `error`); post `cancel` to stop
 * early (the result then has `complete: false`).
 */
import type { SimulationParams, SimulationResult } from '../../core/race/simulate';
import { simulateHopInSteps } from '../../core/race/stepped';

export type RaceWorkerRequest =
  | { type: 'run'; id: number; params: SimulationParams; seed: number; requests: number }
  | { type: 'cancel'; id: number };

export type RaceWorkerMessage =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: SimulationResult }
  | { type: 'error'; id: number; message: string };

interface WorkerScope {
  postMessage(message: RaceWorkerMessage): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<RaceWorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
/** A worker posts to its own page: there is no target origin to give (the lint rule is for windows). */
const post = (message: RaceWorkerMessage): void =>
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  scope.postMessage(message);
const running = new Map<number, { aborted: boolean }>();

async function run(req: Extract<RaceWorkerRequest, { type: 'run' }>): Promise<void> {
  const signal = { aborted: false };
  running.set(req.id, signal);
  try {
    const result = await simulateHopInSteps(req.params, {
      seed: req.seed,
      requests: req.requests,
      signal,
      onProgress: (done, total) => post({ type: 'progress', id: req.id, done, total }),
    });
    post({ type: 'result', id: req.id, result });
  } catch (e) {
    post({
      type: 'error',
      id: req.id,
      message: e instanceof Error ? e.message : String(e),
    });
  } finally {
    running.delete(req.id);
  }
}

scope.addEventListener('message', (e) => {
  const req = e.data;
  if (req.type === 'cancel') {
    const signal = running.get(req.id);
    if (signal) signal.aborted = true;
    return;
  }
  void run(req);
});
