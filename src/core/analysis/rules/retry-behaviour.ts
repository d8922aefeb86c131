import { nameOf } from '../hop-context';
import type { Rule } from './rule';

/** Whether the client's retries hide the race (idempotent requests) or expose it (every lost request fails). */
export const retryBehaviour: Rule = {
  id: 'retry-behaviour',
  onlyWhenRacing: true,
  check(ctx) {
    const { client } = ctx;
    if (!client) return null;
    const c = nameOf(ctx.clientNode);
    const r = client.retry;
    const effect: Record<typeof r.policy, string> = {
      none: `${c} does not retry: every request that meets a closed connection fails.`,
      idempotent: `${c} retries idempotent requests (${r.attempts}×), which hides the race for GETs; POST and PATCH still fail, so errors cluster on writes.`,
      'any-unsent': `${c} retries a request on a reused connection when nothing was written yet, or when it is idempotent; a fully written POST fails.`,
      any: `${c} retries any request that died on a reused connection, which hides the race — at the cost of replaying non-idempotent requests.`,
      'next-upstream': `${c} passes a failed request on to the next upstream server, but not a POST/PATCH/LOCK once it was sent: those become 502s.`,
      'returns-502': `${c} does not retry a request on a closed target connection: it answers its client with a 502.`,
    };
    return {
      verdict: 'ok',
      severity: 'info',
      // The catalog summary is a clause ("retries the next upstream…"): name whose it is.
      message: r.summary
        ? `${effect[r.policy]} ${c}: ${r.summary.replace(/\.$/, '')}.`
        : effect[r.policy],
      sources: [r.source],
    };
  },
};
