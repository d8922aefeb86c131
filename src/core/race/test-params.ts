import type { HopRateParams } from './probability';

/**
 * The worked example of design/race-model.md, for tests and benchmarks: a Go client
 * (DefaultTransport IdleConnTimeout 90 s) → a Node server (keepAliveTimeout 5 s, γs 5 ms in the
 * catalog), 2 ms RTT, δ 10 ms, 0.2 requests/s: a = 4998, b = min(5015, 90000).
 */
export const GO_TO_NODE: Readonly<HopRateParams> = {
  serverIdleMs: 5000,
  clientIdleMs: 90_000,
  rttMs: 2,
  reactionDelayMs: 10,
  serverGranularityMs: 5,
  finDetection: true,
  rps: 0.2,
};
