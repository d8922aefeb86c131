import { useId, useMemo, useState } from 'react';
import { optionsOf } from '../../core/analysis/options';
import type { ChainReport } from '../../core/analysis/types';
import type { Chain, Traffic } from '../../core/model/chain';
import { computeChartLayout } from './chart-layout';
import { computeHopLossRows, findWorstHop, type HopLossCell } from './hop-rows';
import { HopLossTable } from './HopLossTable';
import { LossRateChart } from './LossRateChart';
import { findProfile, type TrafficProfile } from './profiles';
import { SimulationControls, type SimulationScope } from './SimulationControls';
import type { SimulationJob } from './simulation-runner';
import { TrafficInputs } from './TrafficInputs';
import { DEFAULT_TRAFFIC } from './traffic-input';
import { DEFAULT_POOL, type PoolChoice } from './pool-choice';
import { useRaceSimulation } from './useRaceSimulation';

export interface ResetRatePanelProps {
  report: ChainReport;
  /** The chain after its fix plan, analysed; omit when there is no plan. */
  fixedReport?: ChainReport | undefined;
  /** For the analysis options (δ, the client's reaction delay). */
  chain: Chain;
  /** The chain's traffic; DEFAULT_TRAFFIC (1 req/s, all idempotent) when the chain has none. */
  traffic?: Traffic | undefined;
  /** Called with each valid edit of the traffic fields. */
  onTrafficChange: (traffic: Traffic) => void;
}

/** Same seed as `timeout-chain simulate`: the same run gives the same numbers. */
const SEED = 1;
const CHART = { width: 640, height: 300 };

const paramsOf = (cell: HopLossCell | undefined) => (cell?.kind === 'race' ? cell.params : null);

/**
 * The reset-rate estimate (issue "Reset-rate estimate"): traffic inputs, expected losses per hop
 * now and after the fix plan, a chart of loss probability against request rate, and a
 * Monte-Carlo check run in a Web Worker.
 */
export function ResetRatePanel(props: ResetRatePanelProps) {
  const id = useId();
  const traffic = props.traffic ?? DEFAULT_TRAFFIC;
  const reactionDelayMs = optionsOf(props.chain).reactionDelayMs;
  const [pool, setPool] = useState<PoolChoice>(DEFAULT_POOL);
  const rows = useMemo(
    () => computeHopLossRows(props.report, props.fixedReport, traffic, reactionDelayMs, pool),
    [props.report, props.fixedReport, traffic, reactionDelayMs, pool],
  );
  const [profile, setProfile] = useState<TrafficProfile>('poisson');
  const [picked, setPicked] = useState<number | null>(null);
  const [scope, setScope] = useState<SimulationScope>('selected');
  const [requests, setRequests] = useState(1_000_000);
  const selected = picked !== null && rows[picked] ? picked : Math.max(0, findWorstHop(rows));
  const row = rows[selected];
  const labelOf = (hop: number) => `${hop + 1}. ${rows[hop]?.label ?? ''}`;

  const jobs = useMemo<SimulationJob[]>(() => {
    const arrivals = findProfile(profile).arrivals;
    return rows
      .filter((r) => scope === 'all' || r.index === selected)
      .flatMap((r) =>
        r.now.kind === 'race' ? [{ hop: r.index, params: { ...r.now.params, arrivals } }] : [],
      );
  }, [rows, profile, scope, selected]);
  // Results stay while the simulated parameters stay the same, whatever the scope.
  const inputsKey = JSON.stringify([rows.map((r) => paramsOf(r.now)), profile]);
  const sim = useRaceSimulation(inputsKey);

  const layout = useMemo(
    () =>
      row && row.now.kind !== 'unknown'
        ? computeChartLayout({
            current: paramsOf(row.now),
            fixed: row.after
              ? row.after.kind === 'unknown'
                ? undefined
                : paramsOf(row.after)
              : undefined,
            userRps: traffic.rps,
            ...CHART,
          })
        : null,
    [row, traffic.rps],
  );

  return (
    <section className="rr-root" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Reset rate</h2>
      <p className="rr-intro">
        How many requests each hop loses to the keep-alive race at your traffic: the closed form of
        the race model, checked by simulation.
      </p>
      <TrafficInputs
        traffic={traffic}
        onTrafficChange={props.onTrafficChange}
        profile={profile}
        onProfileChange={setProfile}
        pool={pool}
        onPoolChange={setPool}
      />
      <HopLossTable
        rows={rows}
        results={sim.state.results}
        profile={profile}
        selectedHop={selected}
      />
      {profile !== 'poisson' && (
        <p className="rr-help">
          The table and chart assume steady traffic; Simulate to see the{' '}
          {findProfile(profile).label.toLowerCase()} profile.
        </p>
      )}
      <SimulationControls
        state={sim.state}
        scope={scope}
        onScopeChange={setScope}
        requests={requests}
        onRequestsChange={setRequests}
        runnable={jobs.length}
        onStart={() => sim.start(jobs, { seed: SEED, requests })}
        onCancel={sim.cancel}
        labelOf={labelOf}
        seed={SEED}
      />
      <div className="rr-chart-head">
        <h3 id={`${id}-chart`}>Loss probability against request rate</h3>
        {rows.length > 1 && (
          <div className="rr-field rr-inline">
            <label htmlFor={`${id}-hop`}>Hop</label>
            <select
              id={`${id}-hop`}
              value={selected}
              onChange={(e) => setPicked(Number(e.target.value))}
            >
              {rows.map((r) => (
                <option key={r.index} value={r.index}>
                  {labelOf(r.index)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <p className="rr-caption">
        Why low traffic is worst: a request is lost when its connection sat idle just past the
        server&apos;s idle timeout S, so the server is closing it. Traffic of about one request per
        S hits that window most often. Busy traffic reuses connections long before S; very sparse
        traffic finds them already closed and the client opens a new one.
      </p>
      {layout && row ? (
        <LossRateChart layout={layout} hopLabel={labelOf(row.index)} />
      ) : (
        <p className="rr-note">
          {row?.now.kind === 'unknown' ? `No chart: ${row.now.reason}.` : 'No hops to chart.'}
        </p>
      )}
    </section>
  );
}
