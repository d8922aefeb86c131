import type { SimulationResult } from '../../core/race';
import { formatCount, formatPercent, formatRequests } from './format';
import type { HopLossCell, HopLossRow } from './hop-rows';
import { findProfile, type TrafficProfile } from './profiles';

export interface HopLossTableProps {
  rows: readonly HopLossRow[];
  /** Simulated results by hop index. */
  results: ReadonlyMap<number, SimulationResult>;
  /** The simulated profile: the closed form assumes steady Poisson traffic, compare only then. */
  profile: TrafficProfile;
  selectedHop: number;
}

const VERDICT_TEXT = { ok: 'ok', warn: 'thin margin', risk: 'at risk', unknown: 'unknown' };

/** Closed-form cells of one side: per request, per million, per day, after retries per day. */
function EstimateCells({ cell, side, full }: { cell: HopLossCell; side: string; full: boolean }) {
  const span = full ? 4 : 3;
  if (cell.kind !== 'race')
    return (
      <td colSpan={span} className="rr-note" data-col={`${side}-note`}>
        {cell.kind === 'unknown' ? 'Unknown: ' : 'No race: '}
        {cell.reason}
      </td>
    );
  const e = cell.estimate;
  return (
    <>
      {full && (
        <td className="rr-num" data-col={`${side}-p`}>
          {formatPercent(e.lossProbability)}
        </td>
      )}
      <td className="rr-num" data-col={`${side}-per-million`}>
        {formatCount(e.lossProbability * 1e6)}
      </td>
      <td className="rr-num" data-col={`${side}-per-day`}>
        {formatCount(e.lossesPerDay)}
      </td>
      <td className="rr-num" data-col={`${side}-visible-per-day`}>
        {formatCount(e.userVisiblePerDay)}
      </td>
    </>
  );
}

/** Simulated p with its 95 % interval, and whether the closed form falls inside it. */
function SimulatedCell({
  result,
  cell,
  profile,
}: {
  result: SimulationResult | undefined;
  cell: HopLossCell;
  profile: TrafficProfile;
}) {
  if (!result) return <td data-col="sim">—</td>;
  const [lo, hi] = result.ci95;
  // A one-connection simulation measures the long-run loss share, p / (1 + user-visible p).
  const expected = cell.kind === 'race' ? cell.estimate.lossShare : 0;
  const inside = expected >= lo && expected <= hi;
  return (
    <td data-col="sim" className="rr-sim">
      <span className="rr-sim-p">{formatPercent(result.lossProbability)}</span>{' '}
      <span className="rr-ci">
        (95 % CI {formatPercent(lo)} – {formatPercent(hi)})
      </span>
      <span className="rr-sim-note">
        {result.complete ? '' : `partial: ${formatRequests(result.requests)} requests · `}
        {profile === 'poisson'
          ? inside
            ? '✓ closed form inside the CI'
            : '✗ closed form outside the CI'
          : `${findProfile(profile).label} traffic (the closed form assumes steady)`}
      </span>
    </td>
  );
}

/** Expected lost requests per hop, now and after the fix plan, with simulated values. */
export function HopLossTable({ rows, results, profile, selectedHop }: HopLossTableProps) {
  const hasAfter = rows.some((r) => r.after !== null);
  return (
    <div className="rr-table-scroll" role="region" aria-label="Losses per hop" tabIndex={0}>
      <table className="rr-table">
        <caption>Expected lost requests per hop (closed form, steady traffic)</caption>
        <thead>
          <tr>
            <th rowSpan={2} scope="col">
              Hop
            </th>
            <th colSpan={4} scope="colgroup">
              Now
            </th>
            {hasAfter && (
              <th colSpan={3} scope="colgroup">
                After the fix plan
              </th>
            )}
            <th rowSpan={2} scope="col">
              Simulated now
            </th>
          </tr>
          <tr>
            <th scope="col">Lost per request</th>
            <th scope="col">Per million</th>
            <th scope="col">Per day</th>
            <th scope="col">Callers see per day</th>
            {hasAfter && (
              <>
                <th scope="col">Per million</th>
                <th scope="col">Per day</th>
                <th scope="col">Callers see per day</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.index}
              data-rr-hop={row.index}
              className={row.index === selectedHop ? 'rr-selected' : undefined}
            >
              <th scope="row">
                <span className="rr-hop-name">
                  {row.index + 1}. {row.label}
                </span>
                <span className={`rr-verdict rr-verdict-${row.verdict}`}>
                  {VERDICT_TEXT[row.verdict]}
                </span>
                {row.index === selectedHop && <span className="rr-charted">charted</span>}
              </th>
              <EstimateCells cell={row.now} side="now" full />
              {hasAfter &&
                (row.after ? (
                  <EstimateCells cell={row.after} side="after" full={false} />
                ) : (
                  <td colSpan={3}>—</td>
                ))}
              <SimulatedCell result={results.get(row.index)} cell={row.now} profile={profile} />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="rr-table-note">
        Callers see the losses the client does not retry away: non-idempotent requests, and clients
        that never retry (ALB answers 502).
      </p>
    </div>
  );
}
