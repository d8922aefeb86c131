/** The analytic reset-rate table: one row per hop, now and after the fix plan. */
import type { ChainReport, HopReport, Verdict } from '../../core/analysis/types';
import type { Traffic } from '../../core/model/chain';
import {
  estimateHopLoss,
  readHopRaceInput,
  type HopEstimate,
  type HopEstimateParams,
} from '../../core/race';
import { DEFAULT_POOL, poolTraffic, type PoolChoice } from './pool-choice';

/** One side of the comparison: the closed form for a hop that races, or why it cannot. */
export type HopLossCell =
  | { kind: 'race'; params: HopEstimateParams; estimate: HopEstimate }
  | { kind: 'no-race' | 'unknown'; reason: string };

export interface HopLossRow {
  index: number;
  /** `ALB → Node`. */
  label: string;
  verdict: Verdict;
  now: HopLossCell;
  /** Null when there is no fixed report to compare. */
  after: HopLossCell | null;
}

function computeCell(
  hop: HopReport,
  report: ChainReport,
  traffic: Traffic,
  reactionDelayMs: number,
  pool: PoolChoice,
): HopLossCell {
  const input = readHopRaceInput(hop, report.nodes, {
    rps: traffic.rps,
    nonIdempotentShare: traffic.nonIdempotentShare,
    reactionDelayMs,
    ...poolTraffic(pool),
  });
  if (input.kind !== 'race') return input;
  return { kind: 'race', params: input.params, estimate: estimateHopLoss(input.params) };
}

/**
 * The closed-form losses of every hop at the chain's traffic (every request at the client end
 * crosses every hop, so λ is the same on each), now and after the fix plan.
 * `reactionDelayMs` is δ from the chain's options; `pool` the connections each client keeps.
 */
export function computeHopLossRows(
  report: ChainReport,
  fixedReport: ChainReport | undefined,
  traffic: Traffic,
  reactionDelayMs: number,
  pool: PoolChoice = DEFAULT_POOL,
): HopLossRow[] {
  return report.hops.map((hop) => {
    const fixedHop = fixedReport?.hops[hop.index];
    return {
      index: hop.index,
      label: `${hop.client.label} → ${hop.server.label}`,
      verdict: hop.verdict,
      now: computeCell(hop, report, traffic, reactionDelayMs, pool),
      after:
        fixedReport && fixedHop
          ? computeCell(fixedHop, fixedReport, traffic, reactionDelayMs, pool)
          : null,
    };
  });
}

/** Losses per day of a cell (0 when it cannot race, −1 when unknown, so unknown sorts last). */
const rankCell = (c: HopLossCell): number =>
  c.kind === 'race' ? c.estimate.lossesPerDay : c.kind === 'no-race' ? 0 : -1;

/** The hop to chart first: the most losses per day, the first such hop on a tie (−1 without hops). */
export function findWorstHop(rows: readonly HopLossRow[]): number {
  let best = -1;
  let bestRank = -Infinity;
  for (const row of rows) {
    const rank = rankCell(row.now);
    if (rank > bestRank) [best, bestRank] = [row.index, rank];
  }
  return best;
}
