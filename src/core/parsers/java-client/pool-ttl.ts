import { scopeAt } from '../code/binding';
import { readArguments } from '../code/objects';
import { quoteExpression } from '../code/scan';
import { unresolvedValue } from '../code/unknown';
import type { JavaScan } from './calls';
import { evaluateJavaDuration, unitFactor } from './values';

const POOL = /(?<![\w$.])new\s+PoolingHttpClientConnectionManager\s*\(/g;

/**
 * A time-to-live given to the pool's constructor: HttpClient 4.x
 * `new PoolingHttpClientConnectionManager(30, TimeUnit.SECONDS)` (and the forms whose last two
 * arguments are `long timeToLive, TimeUnit`), HttpClient 5 `new PoolingHttpClientConnectionManager(
 * registry, policy, reuse, TimeValue.ofMinutes(5))` (a last `TimeValue` argument). A pooled
 * connection older than that is closed, as with the builder's setConnectionTimeToLive.
 */
export function extractPoolTimeToLive(java: JavaScan): void {
  const { scan, scopes, tech } = java;
  const key = tech === 'apache-httpclient4' ? 'connectionTimeToLive' : 'timeToLive';
  for (const m of scan.matches(POOL)) {
    const { args } = readArguments(scan.masked, m.index + m[0].length - 1);
    const texts = args.map((a) => scan.masked.slice(a.start, a.end).trim());
    const last = texts.at(-1) ?? '';
    const withUnit = texts.length >= 2 && unitFactor(last) !== undefined;
    const ttlArgs = withUnit ? texts.slice(-2) : texts.slice(-1);
    if (ttlArgs.length === 0) continue;
    const ms = evaluateJavaDuration(ttlArgs, java.names, false);
    if (!ms.ok && !withUnit) continue;
    const { line } = scan.position(m.index);
    const scope = scopes.resolve(scopeAt(scan.masked, m.index, 'java', `pool at line ${line}`));
    const first = args[withUnit ? args.length - 2 : args.length - 1];
    const start = first?.start ?? m.index;
    const end = args.at(-1)?.end ?? start;
    const written = 'PoolingHttpClientConnectionManager';
    const at = m.index + m[0].indexOf(written);
    if (ms.ok) {
      scan.set(tech, scope, key, ms.value, at, written);
      continue;
    }
    scan.report(
      'JAVA_UNRESOLVED_EXPRESSION',
      'warning',
      `Cannot work out the pool's time-to-live (${quoteExpression(ttlArgs.join(', '))}) from the pasted files: it is unknown until you set its value in the chain.`,
      start,
      end,
    );
    scan.set(tech, scope, key, unresolvedValue(scan.text.slice(start, end)), at, written);
  }
}
