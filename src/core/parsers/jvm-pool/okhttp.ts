import { evaluateJavaDuration, evaluateJavaNumber } from '../java-client/values';
import { argumentFor, callArguments } from './arguments';
import type { JvmScan } from './scan';
import { setUnresolved } from './unresolved';

const TECH = 'okhttp';
/** `ConnectionPool(5, 30, TimeUnit.SECONDS)` (Kotlin) or `new ConnectionPool(…)` (Java). */
const POOL = /(?<![\w$.])(?:okhttp3\s*\.\s*)?ConnectionPool\s*\(/g;
/** `OkHttpClient()`, `OkHttpClient.Builder()`, `new OkHttpClient()`: a client at its defaults. */
const CLIENT = /(?<![\w$.])(?:okhttp3\s*\.\s*)?OkHttpClient\s*(?:\.\s*Builder\s*)?\(\s*\)/g;
const RETRY = /\.\s*retryOnConnectionFailure\s*\(\s*(true|false)\s*\)/g;

/**
 * OkHttp: each `ConnectionPool(maxIdleConnections, keepAliveDuration, timeUnit)` (default 5 idle
 * connections, 5 minutes) and `retryOnConnectionFailure(…)`, in the scope of the client using them.
 */
export function extractOkHttp(jvm: JvmScan): void {
  const { scan } = jvm;
  for (const m of scan.matches(CLIENT))
    scan.node(TECH, jvm.scopeOf(m.index, 'OkHttpClient'), m.index);
  for (const m of scan.matches(POOL)) {
    const nameAt = m.index + m[0].indexOf('ConnectionPool');
    const scope = jvm.scopeOf(m.index, 'OkHttpClient');
    const { args } = callArguments(scan.masked, m.index + m[0].length - 1);
    scan.node(TECH, scope, nameAt);
    const idle = argumentFor(args, 'maxIdleConnections', 0);
    const duration = argumentFor(args, 'keepAliveDuration', 1);
    const unit = argumentFor(args, 'timeUnit', 2);
    if (duration && unit) {
      const ms = evaluateJavaDuration([duration.text, unit.text], jvm.names, false);
      const key = 'ConnectionPool.keepAliveDuration';
      if (ms.ok) scan.set(TECH, scope, key, ms.value, nameAt, 'ConnectionPool');
      else
        setUnresolved(jvm, { tech: TECH, scope, key, at: nameAt, call: 'ConnectionPool' }, [
          duration,
          unit,
        ]);
    }
    if (idle) {
      const n = evaluateJavaNumber(idle.text, jvm.names);
      const key = 'ConnectionPool.maxIdleConnections';
      if (n.ok && Number.isInteger(n.value) && n.value >= 0)
        scan.set(TECH, scope, key, n.value, nameAt, 'ConnectionPool');
      else
        setUnresolved(jvm, { tech: TECH, scope, key, at: nameAt, call: 'ConnectionPool' }, [idle]);
    }
  }
  for (const m of scan.matches(RETRY)) {
    const at = m.index + m[0].indexOf('retryOnConnectionFailure');
    const scope = jvm.scopeOf(m.index, 'OkHttpClient');
    scan.set(
      TECH,
      scope,
      'retryOnConnectionFailure',
      m[1] === 'true',
      at,
      'retryOnConnectionFailure',
    );
  }
}
