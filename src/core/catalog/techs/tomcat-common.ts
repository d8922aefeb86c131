import { ms } from '../../model/duration';
import type { EffectiveValue, ResolvedServerSide } from '../types';
import { fallbackFrom, zeroIsUnlimited } from './effective';
import type { SettingRange } from '../setting-range';

/**
 * Tomcat's timeouts and maxKeepAliveRequests are Java ints where -1 means none: "Use a value of -1
 * to indicate no (i.e. infinite) timeout"; "Setting this attribute to -1 will allow an unlimited
 * number of requests" (tomcat.apache.org config/http.html). Spring Boot passes its values on.
 */
export const TOMCAT_RANGE: SettingRange = {
  negative: 'no-limit',
  source: 'Tomcat: -1 means no timeout / unlimited requests (config/http.html)',
};

export const TOMCAT_SRC = 'src: tomcat 84ac9af072';

/**
 * Tomcat closes an idle keep-alive connection after keepAliveTimeout, which equals
 * connectionTimeout when unset; -1 is infinite. maxKeepAliveRequests 1 disables keep-alive.
 */
export function resolveTomcatServer(opts: {
  keepAlive: EffectiveValue;
  keepAliveSet: boolean;
  connection: EffectiveValue;
  maxRequests: EffectiveValue;
  /** The keep-alive key the value is reported under. */
  idleKey: string;
  fixKey: string;
  notes?: string[];
}): ResolvedServerSide {
  const connection = zeroIsUnlimited(opts.connection);
  const idle = opts.keepAliveSet
    ? zeroIsUnlimited(opts.keepAlive)
    : fallbackFrom(
        opts.idleKey,
        connection,
        connection.value,
        'keep-alive timeout unset: Tomcat uses the connection timeout',
      );
  // -1 (stored as a negative number or null) = unlimited requests per connection.
  const maxRequests: EffectiveValue =
    opts.maxRequests.value !== null && opts.maxRequests.value < 0
      ? { ...opts.maxRequests, value: null }
      : opts.maxRequests;
  const off = maxRequests.value === 1;
  return {
    idle,
    keepAlive: !off,
    ...(off ? { keepAliveNote: 'max keep-alive requests = 1 disables keep-alive' } : {}),
    hint: null,
    // NIO Poller checks timeouts once per timeoutInterval (1 s): a close lands up to 1 s late.
    granularityMs: ms(1000),
    maxRequests,
    fixKey: opts.fixKey,
    notes: [
      'Tomcat sends Keep-Alive: timeout=… only when the request carries Connection: keep-alive (useKeepAliveResponseHeader, 9.0.29+); HTTP/1.1 clients rarely send it.',
      ...(opts.notes ?? []),
    ],
  };
}
