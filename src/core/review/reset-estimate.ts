import { DEFAULT_TRAFFIC, optionsOf } from '../analysis/options';
import type { ChainReport, HopReport } from '../analysis/types';
import type { Chain, Traffic } from '../model/chain';
import { estimateHopLoss, readHopRaceInput } from '../race';
import type { HopResetEstimate, ResetsPerDay } from './types';

function perDay(
  hop: HopReport,
  report: ChainReport,
  traffic: Traffic,
  reactionDelayMs: number,
): { value: ResetsPerDay | null; note?: string } {
  const input = readHopRaceInput(hop, report.nodes, { ...traffic, reactionDelayMs });
  if (input.kind !== 'race')
    return {
      value: input.kind === 'no-race' ? { resets: 0, visible: 0 } : null,
      note: input.reason,
    };
  const e = estimateHopLoss(input.params);
  return { value: { resets: e.lossesPerDay, visible: e.userVisiblePerDay } };
}

/**
 * Requests that meet a closed connection per day on each hop, and those callers see after the
 * client's own retries (closed form), now and in `fixed` (the chain with its fix plan applied), at
 * the chain's traffic or 1 request/s.
 */
export function estimateResets(
  chain: Chain,
  report: ChainReport,
  fixed: ChainReport,
): { traffic: Traffic; assumed: boolean; hops: HopResetEstimate[] } {
  const traffic = chain.traffic ?? DEFAULT_TRAFFIC;
  const delta = optionsOf(chain).reactionDelayMs;
  return {
    traffic,
    assumed: !chain.traffic,
    hops: report.hops.map((h) => {
      const now = perDay(h, report, traffic, delta);
      const afterHop = fixed.hops[h.index];
      const after = afterHop ? perDay(afterHop, fixed, traffic, delta) : { value: null };
      return {
        hop: h.index,
        now: now.value,
        after: after.value,
        ...(now.note ? { note: now.note } : {}),
      };
    }),
  };
}
