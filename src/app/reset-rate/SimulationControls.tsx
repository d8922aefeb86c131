import { useId } from 'react';
import { formatRequests } from './format';
import type { SimulationState } from './useRaceSimulation';

/** Requests per hop a run can simulate; 1 M gives about ±6 % at p = 0.1 %. */
export const REQUEST_CHOICES = [100_000, 1_000_000, 10_000_000, 100_000_000] as const;

export type SimulationScope = 'selected' | 'all';

export interface SimulationControlsProps {
  state: SimulationState;
  scope: SimulationScope;
  onScopeChange: (scope: SimulationScope) => void;
  requests: number;
  onRequestsChange: (n: number) => void;
  /** Hops that can race (and so can be simulated) in the chosen scope. */
  runnable: number;
  onStart: () => void;
  onCancel: () => void;
  /** Label of a hop by index. */
  labelOf: (hop: number) => string;
  seed: number;
}

function describeStatus(s: SimulationState, seed: number, runnable: number): string {
  switch (s.status) {
    case 'idle':
      return runnable > 0 ? '' : 'Nothing to simulate: no hop in this choice can race.';
    case 'running':
      return '';
    case 'done':
      return `Done: ${formatRequests(s.requests)} requests per hop, seed ${seed}.`;
    case 'cancelled':
      return 'Cancelled: partial results are marked.';
    case 'error':
      return `The simulation failed: ${s.message ?? 'unknown error'}.`;
  }
}

/** Scope, run size, Simulate/Cancel and progress of the Monte-Carlo run. */
export function SimulationControls(p: SimulationControlsProps) {
  const id = useId();
  const { state } = p;
  const running = state.status === 'running';
  const pr = state.progress;
  const percent = pr ? Math.floor(pr.fraction * 100) : 0;
  return (
    <div className="rr-sim-controls">
      <fieldset className="rr-scope" disabled={running}>
        <legend>Simulate</legend>
        <label>
          <input
            type="radio"
            name={`${id}-scope`}
            checked={p.scope === 'selected'}
            onChange={() => p.onScopeChange('selected')}
          />
          the charted hop
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-scope`}
            checked={p.scope === 'all'}
            onChange={() => p.onScopeChange('all')}
          />
          all hops
        </label>
      </fieldset>
      <div className="rr-field rr-inline">
        <label htmlFor={`${id}-requests`}>Requests per hop</label>
        <select
          id={`${id}-requests`}
          value={p.requests}
          disabled={running}
          onChange={(e) => p.onRequestsChange(Number(e.target.value))}
        >
          {REQUEST_CHOICES.map((n) => (
            <option key={n} value={n}>
              {formatRequests(n)}
            </option>
          ))}
        </select>
      </div>
      {running ? (
        <button type="button" className="rr-button" onClick={p.onCancel}>
          Cancel
        </button>
      ) : (
        <button
          type="button"
          className="rr-button rr-primary"
          onClick={p.onStart}
          disabled={p.runnable === 0}
        >
          Simulate
        </button>
      )}
      <div className="rr-status" aria-live="polite">
        {running && (
          <>
            <progress
              id={`${id}-progress`}
              max={100}
              value={percent}
              aria-label="Simulation progress"
              aria-describedby={`${id}-progress-text`}
            >
              {percent} %
            </progress>
            <span id={`${id}-progress-text`} className="rr-progress-text">
              {pr
                ? `${percent} % — hop ${p.labelOf(pr.hop)} (${pr.job + 1} of ${pr.jobs}): ${formatRequests(pr.done)} of ${formatRequests(pr.total)} requests`
                : 'Starting…'}
            </span>
          </>
        )}
        {!running && <span>{describeStatus(state, p.seed, p.runnable)}</span>}
      </div>
    </div>
  );
}
