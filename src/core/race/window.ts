/**
 * The race window of one hop (design/race-model.md, "One reuse, step by step").
 * All values in milliseconds; `clientIdleMs = null` means the client has no idle limit.
 */
export interface RaceParams {
  /** S: server idle timeout (from its last write to its close). */
  serverIdleMs: number;
  /** C: effective client idle timeout, null = no limit. */
  clientIdleMs: number | null;
  /** Round-trip time, 2d. */
  rttMs: number;
  /** δ: from the FIN reaching the client host to the pool noticing it. */
  reactionDelayMs: number;
  /** γs: the server's close lands in [S, S + γs]. */
  serverGranularityMs: number;
  /** Whether the client notices a FIN on an idle pooled connection before reuse. */
  finDetection: boolean;
}

/**
 * Idle gaps g (client's idle time before reuse) that meet a closed socket:
 * [S − RTT, min(S + δ + γs, C)) for a FIN-detecting client, [S − RTT, C) otherwise.
 * `endMs = null` means the window never closes (non-detecting client without idle limit).
 * Returns null when the client always drops the connection first (C ≤ S − RTT).
 */
export function computeRaceWindow(p: RaceParams): { startMs: number; endMs: number | null } | null {
  const start = Math.max(0, p.serverIdleMs - p.rttMs);
  const detectEnd = p.serverIdleMs + p.reactionDelayMs + p.serverGranularityMs;
  let end: number | null = p.finDetection ? detectEnd : null;
  if (p.clientIdleMs !== null) end = end === null ? p.clientIdleMs : Math.min(end, p.clientIdleMs);
  if (end !== null && end <= start) return null;
  return { startMs: start, endMs: end };
}
