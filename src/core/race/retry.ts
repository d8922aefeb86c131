import type { RetryBehaviour } from '../catalog/types';

/** What the simulator and the closed form need of a client's retry behaviour. */
export interface RetryPolicy {
  policy: RetryBehaviour['policy'];
  /** Extra attempts after the first (0 = none). */
  attempts: number;
}

/** No retry: every lost request reaches the caller (Node http, undici, ALB's 502). */
export const NO_RETRY: RetryPolicy = { policy: 'none', attempts: 0 };

/**
 * Share (0..1) of lost requests the client retries, given the share of non-idempotent requests.
 * In the race the request was already written, so `any-unsent` (Go) and `next-upstream` (nginx)
 * retry only idempotent requests (reference §5, "Automatic retry"); `returns-502` answers the
 * hop's own client with an error instead.
 */
export function computeRetriedShare(retry: RetryPolicy, nonIdempotentShare: number): number {
  if (retry.attempts <= 0) return 0;
  switch (retry.policy) {
    case 'none':
    case 'returns-502':
      return 0;
    case 'idempotent':
    case 'any-unsent':
    case 'next-upstream':
      return 1 - Math.min(1, Math.max(0, nonIdempotentShare));
    case 'any':
      return 1;
  }
}

/**
 * The chance a request fails where the user sees it:
 * p × (1 − retried share × (1 − q^attempts)), q = chance a retry also fails.
 * q defaults to 0: at low concurrency the pool holds only the connection that just died, so the
 * retry runs on a fresh connection (the simulator measures q where that does not hold).
 */
export function computeUserVisibleProbability(
  lossProbability: number,
  retry: RetryPolicy,
  nonIdempotentShare: number,
  retryFailureProbability = 0,
): number {
  const retried = computeRetriedShare(retry, nonIdempotentShare);
  const rescued = retried * (1 - retryFailureProbability ** Math.max(0, retry.attempts));
  return lossProbability * (1 - rescued);
}

/**
 * Long-run share of requests whose first attempt is lost, p / (1 + p·u), where u = user-visible
 * share of losses. A lost request that is not rescued leaves no pooled connection behind, so the
 * next request opens a fresh one and cannot race: the per-request chance p of the model applies
 * only after a response. Equals p to within p² — it matters only when p is large (a client that
 * never notices FINs). This is what a simulation with one connection measures.
 */
export function computeLossShare(lossProbability: number, userVisibleProbability: number): number {
  const p = lossProbability;
  if (p <= 0) return 0;
  return p / (1 + userVisibleProbability);
}
