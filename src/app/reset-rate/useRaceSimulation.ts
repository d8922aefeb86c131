import { useCallback, useEffect, useRef, useState } from 'react';
import type { SimulationResult } from '../../core/race';
import {
  runSimulationJobs,
  type RunEnd,
  type RunHandle,
  type RunProgress,
  type SimulationJob,
} from './simulation-runner';

export interface SimulationState {
  status: 'idle' | 'running' | RunEnd['kind'];
  progress: RunProgress | null;
  /** Results by hop index (partial ones have `complete: false`). */
  results: ReadonlyMap<number, SimulationResult>;
  /** Requests per hop of the last run. */
  requests: number;
  message: string | null;
}

const IDLE: SimulationState = {
  status: 'idle',
  progress: null,
  results: new Map(),
  requests: 0,
  message: null,
};

/** The race worker, started on first use (Vite bundles it as its own file: fine under the CSP). */
const createRaceWorker = (): Worker =>
  new Worker(new URL('../workers/race-worker.ts', import.meta.url), { type: 'module' });

/**
 * Monte-Carlo runs in a Web Worker, so the page never freezes. Results belong to `inputsKey`
 * (the simulated parameters): when it changes, a running simulation stops and old results go.
 */
export function useRaceSimulation(inputsKey: string) {
  const [state, setState] = useState<SimulationState & { key: string }>({ ...IDLE, key: '' });
  const worker = useRef<Worker | null>(null);
  const run = useRef<RunHandle | null>(null);
  /** The inputs the running simulation belongs to. */
  const runKey = useRef('');

  useEffect(
    () => () => {
      run.current?.stop();
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );
  useEffect(() => {
    if (runKey.current === inputsKey) return;
    run.current?.stop();
    run.current = null;
  }, [inputsKey]);

  const start = useCallback(
    (jobs: readonly SimulationJob[], settings: { seed: number; requests: number }) => {
      run.current?.stop();
      const key = inputsKey;
      runKey.current = key;
      setState({ ...IDLE, status: 'running', requests: settings.requests, key });
      let w = worker.current;
      if (!w) {
        w = createRaceWorker();
        w.addEventListener('error', (e) => {
          e.preventDefault();
          run.current?.fail(e.message || 'the simulation worker failed');
        });
        worker.current = w;
      }
      const update = (f: (s: SimulationState) => Partial<SimulationState>) =>
        setState((s) => (s.key === key ? { ...s, ...f(s) } : s));
      run.current = runSimulationJobs(w, jobs, settings, {
        onProgress: (progress) => update(() => ({ progress })),
        onResult: (hop, result) =>
          update((s) => ({ results: new Map(s.results).set(hop, result) })),
        onEnd: (end) => {
          run.current = null;
          update(() => ({ status: end.kind, message: end.kind === 'error' ? end.message : null }));
        },
      });
    },
    [inputsKey],
  );

  const cancel = useCallback(() => run.current?.cancel(), []);
  const current: SimulationState = state.key === inputsKey ? state : IDLE;
  return { state: current, start, cancel };
}
