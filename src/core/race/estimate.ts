import { computeLossesPerDay, computeLossProbability, type HopRateParams } from './probability';
import {
  computeLossShare,
  computeUserVisibleProbability,
  NO_RETRY,
  type RetryPolicy,
} from './retry';
import { computeRaceWindow } from './window';

/** A hop's closed-form inputs: plain numbers in ms, λ in requests per second. */
export interface HopEstimateParams extends HopRateParams {
  /** Default none. */
  retry?: RetryPolicy;
  /** Share (0..1) of requests the client may not retry. Default 0. */
  nonIdempotentShare?: number;
}

export interface HopEstimate {
  /** Idle gaps that meet a closed socket (null: the client always drops first). */
  window: { startMs: number; endMs: number | null } | null;
  /** p of design/race-model.md: the chance a request after a response is lost. */
  lossProbability: number;
  /** 86 400 · λ · p. */
  lossesPerDay: number;
  /** p after the client's retries: what callers see. */
  userVisibleProbability: number;
  userVisiblePerDay: number;
  /**
   * Long-run share of requests lost: p / (1 + user-visible p) for one connection (what a
   * one-connection simulation measures); p itself for a pool of N, which redials a dead connection.
   */
  lossShare: number;
}

/** The closed-form reset-rate estimate of one hop (design/race-model.md, "Reset rate"). */
export function estimateHopLoss(p: HopEstimateParams): HopEstimate {
  const lossProbability = computeLossProbability(p);
  const visible = computeUserVisibleProbability(
    lossProbability,
    p.retry ?? NO_RETRY,
    p.nonIdempotentShare ?? 0,
  );
  return {
    window: computeRaceWindow(p),
    lossProbability,
    lossesPerDay: computeLossesPerDay(p.rps, lossProbability),
    userVisibleProbability: visible,
    userVisiblePerDay: computeLossesPerDay(p.rps, visible),
    lossShare:
      p.poolSize === undefined ? computeLossShare(lossProbability, visible) : lossProbability,
  };
}
