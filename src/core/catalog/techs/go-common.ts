import type { SettingRange } from '../setting-range';
import type { EffectiveValue, HintHonour, RetryBehaviour, SettingReader } from '../types';
import { fallbackFrom } from './effective';

const TRANSPORT_SRC = 'src: golang/go a925402b src/net/http/transport.go';

/**
 * A Go `time.Duration` is an int64 of nanoseconds (at most about 292 years), and net/http reads a
 * negative timeout as none: Server.ReadTimeout/WriteTimeout "a zero or negative value means there
 * will be no timeout"; IdleTimeout/ReadHeaderTimeout "if negative … there is no timeout"
 * (pkg.go.dev/net/http#Server); Transport.IdleConnTimeout arms its timer only when > 0.
 */
export const GO_DURATION_RANGE: SettingRange = {
  max: 9_223_372_036_854,
  negative: 'no-limit',
  source: 'Go net/http: a negative timeout means no timeout (pkg.go.dev/net/http#Server)',
};

/** Go's Transport reads no Keep-Alive header (Traefik, Caddy and plain Go clients). */
export const GO_NO_HINT: HintHonour = {
  honours: false,
  source: `${TRANSPORT_SRC} (no Keep-Alive parser)`,
};

/** persistConn.shouldRetryRequest, for every client built on Go's Transport. */
export const GO_RETRY: RetryBehaviour = {
  policy: 'any-unsent',
  attempts: 1,
  summary:
    'on a reused connection: any method if nothing was written, else only GET/HEAD/OPTIONS/TRACE or requests with an Idempotency-Key header',
  source: 'src: go1.19 net/http/transport.go L685-730 (persistConn.shouldRetryRequest)',
};

/**
 * S for a Go `http.Server`: IdleTimeout; when it is 0, ReadTimeout; when both are 0, no limit.
 * Every step that is not a positive IdleTimeout is reported as a fallback under `idleKey`.
 */
export function resolveGoServerIdle(
  r: SettingReader,
  idleKey: string,
  readKey: string,
): EffectiveValue {
  const idle = r.num(idleKey);
  if (idle.value === null || idle.value > 0) return idle;
  const read = r.num(readKey);
  if (read.value !== null && read.value > 0)
    return fallbackFrom(idleKey, read, read.value, `${idleKey} is 0: Go uses ${readKey}`);
  return fallbackFrom(idleKey, read, null, `${idleKey} and ${readKey} are 0: no idle timeout`);
}
