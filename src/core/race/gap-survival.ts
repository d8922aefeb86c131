/**
 * The idle gap before a pooled connection's next reuse, as a survival function P(g ≥ x), x in ms.
 * - one connection, or LIFO reuse at low concurrency (Go, Node's Agent): the next request takes the
 *   connection it just used, so g ~ Exp(λ) whatever the pool's size;
 * - FIFO (round-robin) over N connections kept open: each connection is taken every N-th request,
 *   so it sees λ/N on average and its gap is the sum of N exponential gaps, g ~ Erlang(N, λ).
 */
export type GapSurvival = (xMs: number) => number;

/** How a client picks among its idle connections: most (LIFO) or least (FIFO) recently used. */
export type ReuseOrder = 'lifo' | 'fifo';

/** Largest pool the closed form sums over; the sum is O(N). */
export const MAX_POOL = 100_000;

/** P(g ≥ x) for g ~ Erlang(n, λ): e^(−λx) Σ_{k<n} (λx)^k / k!, summed in logs so it never overflows. */
export function erlangTail(n: number, lambdaPerMs: number, xMs: number): number {
  if (xMs === Infinity) return 0;
  const y = lambdaPerMs * Math.max(0, xMs);
  if (y === 0) return 1;
  const logY = Math.log(y);
  let logTerm = -y; // log of e^(−y) y^k / k!, k = 0
  let best = logTerm;
  const logs: number[] = [logTerm];
  for (let k = 1; k < n; k++) {
    logTerm += logY - Math.log(k);
    logs.push(logTerm);
    if (logTerm > best) best = logTerm;
  }
  let sum = 0;
  for (const l of logs) sum += Math.exp(l - best);
  return Math.min(1, Math.exp(best + Math.log(sum)));
}

/** The gap's survival function for a request rate (per second), pool size and reuse order. */
export function computeGapSurvival(
  rps: number,
  poolSize = 1,
  reuse: ReuseOrder = 'lifo',
): GapSurvival {
  const lambda = rps / 1000;
  const n = Math.max(1, Math.min(MAX_POOL, Math.floor(poolSize)));
  if (reuse === 'lifo' || n === 1)
    return (x) => (x === Infinity ? 0 : Math.exp(-lambda * Math.max(0, x)));
  return (x) => erlangTail(n, lambda, x);
}
