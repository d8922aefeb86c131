import type { ChainReport } from '../analysis/types';
import { NON_IDEMPOTENT_WARNING, RETRY_SNIPPETS } from '../catalog/ops/retry-snippets';
import type { RetryBehaviour } from '../catalog/types';
import type { RetryAdvice } from './types';

/** Policies under which a reset idempotent request is replayed without the caller seeing it. */
const RETRIES: ReadonlySet<RetryBehaviour['policy']> = new Set([
  'idempotent',
  'any-unsent',
  'any',
  'next-upstream',
]);

/**
 * Per client node of the chain (in chain order): whether it already retries an idempotent request
 * when a reused connection dies (catalog `retry`, reference §5), and snippets that add or tune it.
 */
export function buildRetryAdvice(report: ChainReport): RetryAdvice[] {
  const byNode = new Map<number, RetryAdvice>();
  for (const h of report.hops) {
    const resolved = report.nodes[h.client.nodeIndex];
    const client = resolved?.client;
    if (!client) continue;
    const seen = byNode.get(h.client.nodeIndex);
    if (seen) {
      seen.hops.push(h.index);
      continue;
    }
    byNode.set(h.client.nodeIndex, {
      nodeIndex: h.client.nodeIndex,
      node: h.client.node,
      tech: h.client.tech,
      label: h.client.label,
      hops: [h.index],
      retry: client.retry,
      retriesIdempotent: RETRIES.has(client.retry.policy) && client.retry.attempts > 0,
      snippets: RETRY_SNIPPETS[h.client.tech] ?? [],
      warning: NON_IDEMPOTENT_WARNING,
    });
  }
  return [...byNode.values()];
}
