/**
 * How late a server's own idle timer may fire on a busy host beyond its catalog granularity γs:
 * the lab sees under 20 ms on loopback with a loaded machine; 50 ms leaves room without hiding a
 * different setting (timeouts that differ matter in seconds).
 */
export const SERVER_SLACK_MS = 50;

/**
 * Whether a measured idle time matches an expected one: the server closes in [S, S + γs]
 * (plus its slack), the probe sees it within ± its resolution.
 */
export function isWithin(
  measuredMs: number,
  expectedMs: number,
  resolutionMs: number,
  granularityMs: number,
): boolean {
  const low = expectedMs - resolutionMs - SERVER_SLACK_MS;
  const high = expectedMs + granularityMs + resolutionMs + SERVER_SLACK_MS;
  return measuredMs >= low && measuredMs <= high;
}
