import type { AnalysisOptions, Chain, Traffic } from '../model/chain';
import { ms, type Ms } from '../model/duration';

/** Safety allowance 1 s and client reaction delay 10 ms (design/race-model.md). */
export const DEFAULT_OPTIONS: AnalysisOptions = {
  safetyMarginMs: ms(1000),
  reactionDelayMs: ms(10),
};

/** RTT of a link the user did not describe: 1 ms, a same-region hop. */
export const DEFAULT_RTT_MS: Ms = ms(1);

export const optionsOf = (chain: Chain): AnalysisOptions => ({
  ...DEFAULT_OPTIONS,
  ...chain.options,
});

/** Without traffic in the chain: 1 request per second, all idempotent (the CLI's and app's defaults). */
export const DEFAULT_TRAFFIC: Traffic = { rps: 1, nonIdempotentShare: 0 };
