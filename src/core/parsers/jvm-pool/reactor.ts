import { evaluateJavaDuration } from '../java-client/values';
import { callArguments } from './arguments';
import type { JvmScan } from './scan';
import { setUnresolved } from './unresolved';
import { ownEntry } from '../../model/own-entry';

const TECH = 'reactor-netty';
/** `ConnectionProvider.builder("name")`: a pool whose settings follow in the chain. */
const PROVIDER = /(?<![\w$.])ConnectionProvider\s*\.\s*builder\s*\(/g;
/** Reactor Netty's `HttpClient.create(…)` (not the JDK's `HttpClient.newHttpClient()`). */
const CLIENT = /(?<![\w$.])HttpClient\s*\.\s*create\s*\(/g;
const SETTINGS: Readonly<Record<string, string>> = {
  maxIdleTime: 'maxIdleTime',
  maxLifeTime: 'maxLifeTime',
};
const CALL = /\.\s*(maxIdleTime|maxLifeTime)\s*\(/g;
const RETRY = /\.\s*disableRetry\s*\(\s*(true|false)\s*\)/g;

/**
 * Reactor Netty (Spring WebClient's default connector): `ConnectionProvider.builder(…)
 * .maxIdleTime(…).maxLifeTime(…)` (unset: no limit) and `HttpClient.create(provider)`, each in
 * the scope of what uses it (`WebClient` through `ReactorClientHttpConnector(httpClient)`).
 */
export function extractReactor(jvm: JvmScan): void {
  const { scan } = jvm;
  if (!jvm.reactor) return;
  for (const m of scan.matches(CLIENT))
    scan.node(TECH, jvm.scopeOf(m.index, 'HttpClient'), m.index);
  for (const m of scan.matches(PROVIDER))
    scan.node(TECH, jvm.scopeOf(m.index, 'ConnectionProvider'), m.index);
  for (const m of scan.matches(CALL)) {
    const name = m[1] ?? '';
    const key = ownEntry(SETTINGS, name);
    if (key === undefined) continue;
    const at = m.index + m[0].indexOf(name);
    const scope = jvm.scopeOf(m.index, 'ConnectionProvider');
    const { args } = callArguments(scan.masked, m.index + m[0].length - 1);
    const texts = args.map((a) => a.text);
    const ms = evaluateJavaDuration(texts, jvm.names, false);
    if (ms.ok) {
      scan.set(TECH, scope, key, ms.value, at, name);
      continue;
    }
    setUnresolved(jvm, { tech: TECH, scope, key, at, call: name }, args);
  }
  for (const m of scan.matches(RETRY)) {
    const at = m.index + m[0].indexOf('disableRetry');
    scan.set(
      TECH,
      jvm.scopeOf(m.index, 'HttpClient'),
      'disableRetry',
      m[1] === 'true',
      at,
      'disableRetry',
    );
  }
}
