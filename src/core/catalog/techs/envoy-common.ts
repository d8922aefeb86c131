import type { KnownScalar } from '../../model/chain';
import type { RetryBehaviour } from '../types';
import { fractionalSeconds } from './snippet-format';

/** A protobuf Duration as Envoy's YAML writes it: `3600s`, `0.5s`. */
export const protoDuration = (v: KnownScalar): string =>
  `${typeof v === 'number' ? fractionalSeconds(v) : '0'}s`;

const ROUTE_DOC = 'doc: envoyproxy.io config/route/v3 RetryPolicy (retry_on)';

/**
 * What Envoy does when an upstream connection it reused is reset under a request:
 * retried only when `retry_on` lists `reset` (any method) or `reset-before-request` (unsent only);
 * otherwise the downstream gets a 503 with flag UC. `attempts` = num_retries.
 */
export function describeEnvoyRetry(retryOn: string, attempts: number): RetryBehaviour {
  const on = retryOn
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (on.includes('reset'))
    return {
      policy: 'any',
      attempts,
      summary: `retry_on reset: retried up to ${attempts} time(s), whatever the method`,
      source: ROUTE_DOC,
    };
  if (on.includes('reset-before-request'))
    return {
      policy: 'any-unsent',
      attempts,
      summary: `retry_on reset-before-request: retried up to ${attempts} time(s) when nothing was sent`,
      source: ROUTE_DOC,
    };
  return {
    policy: 'returns-502',
    attempts: 0,
    summary:
      'no reset retry: the downstream gets 503 "upstream connect error or disconnect/reset before headers" (flag UC)',
    source: `${ROUTE_DOC}; istio#35774`,
  };
}
