import type { RetryBehaviour } from '../types';

const SOURCE =
  'src: nginx 3f6f7824d4 src/http/ngx_http_upstream.c L4636-4639, L4686-4696 (reference §5 retry table)';

/**
 * nginx's retry when a cached upstream connection dies: the next upstream is tried for the
 * conditions in `proxy_next_upstream`; a failure on a cached connection does not use up a try;
 * POST/LOCK/PATCH are not retried once sent unless `non_idempotent` is listed.
 * `attempts` = extra attempts after the failed one.
 */
export function describeNginxRetry(nextUpstream: string, attempts: number): RetryBehaviour {
  // Data, like a default: an import of thousands of nginx scopes asks for the same few.
  const key = `${attempts} ${nextUpstream}`;
  let known = remembered.get(key);
  if (!known) {
    if (remembered.size >= 256) remembered.clear();
    remembered.set(key, (known = Object.freeze(describe(nextUpstream, attempts))));
  }
  return known;
}

const remembered = new Map<string, RetryBehaviour>();

function describe(nextUpstream: string, attempts: number): RetryBehaviour {
  const flags = nextUpstream.toLowerCase().split(/\s+/).filter(Boolean);
  if (flags.includes('off') || !flags.includes('error'))
    return {
      policy: 'none',
      attempts: 0,
      summary: `proxy_next_upstream "${nextUpstream}" does not retry connection errors: the client gets a 502`,
      source: SOURCE,
    };
  if (flags.includes('non_idempotent'))
    return {
      policy: 'any',
      attempts,
      summary: 'retries the next upstream for any method (non_idempotent is listed)',
      source: SOURCE,
    };
  return {
    policy: 'next-upstream',
    attempts,
    summary:
      'retries the next upstream on a fresh connection; a failure on a cached connection does not use up a try; POST/PATCH/LOCK are not retried once sent',
    source: SOURCE,
  };
}
