import { describe, expect, it } from 'vitest';
import { summarize } from '../code/testing';
import { describeFixtureSuite } from '../testing/fixture-suite';
import { CODE_INVARIANTS } from '../testing/invariants';
import { seedsFrom } from '../testing/mutate';
import { testParserProperties } from '../testing/property-suite';
import { detectJavaClient, javaClientParser, parseJavaClient } from './index';

const RAW = import.meta.glob<string>('./__fixtures__/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describeFixtureSuite('Java client', javaClientParser, RAW);

const evict = (arg: string) =>
  parseJavaClient({
    name: 'C.java',
    text: `static final long S = 55;\nstatic final TimeValue T = TimeValue.ofSeconds(20);\nclient = HttpClients.custom().evictIdleConnections(${arg}).build();`,
  }).nodes[0]?.settings['evictIdleConnections']?.value;

describe('Java durations', () => {
  it.each([
    ['TimeValue.ofSeconds(55)', 55_000],
    ['TimeValue.ofMilliseconds(55_000L)', 55_000],
    ['TimeValue.ofMinutes(3)', 180_000],
    ['TimeValue.ofHours(1)', 3_600_000],
    ['TimeValue.of(55, TimeUnit.SECONDS)', 55_000],
    ['TimeValue.of(2, java.util.concurrent.TimeUnit.MINUTES)', 120_000],
    ['TimeValue.ofMilliseconds(TimeUnit.SECONDS.toMillis(S))', 55_000],
    ['Timeout.ofSeconds(S - 5)', 50_000],
    ['TimeValue.ofMilliseconds(Duration.ofSeconds(30).toMillis())', 30_000],
    ['TimeValue.ofSeconds((long) S)', 55_000],
    ['T', 20_000],
    ['55, TimeUnit.SECONDS', 55_000],
  ])('evictIdleConnections(%s) = %d ms', (arg, ms) => expect(evict(arg)).toBe(ms));

  it('a bare number is not a TimeValue in HttpClient 5', () => {
    const r = parseJavaClient({
      name: 'C.java',
      text: 'client = HttpClients.custom().evictIdleConnections(55).build();',
    });
    expect(summarize(r).diagnostics).toEqual([['JAVA_UNRESOLVED_EXPRESSION', 1]]);
  });
});

describe('detectJavaClient', () => {
  it('needs HttpClient code, not just Java', () => {
    expect(
      detectJavaClient('import org.apache.hc.client5.http.impl.classic.HttpClients;'),
    ).toBeGreaterThanOrEqual(0.5);
    expect(detectJavaClient('public class A { void f() {} }', 'A.java')).toBeLessThanOrEqual(0.2);
    expect(
      detectJavaClient('<Connector port="8080" keepAliveTimeout="20000"/>', 'server.xml'),
    ).toBe(0);
  });
});

const TOKENS = [
  'import org.apache.hc.client5.http.impl.classic.HttpClients;\n',
  'HttpClients.custom()',
  'RequestConfig.custom()',
  '.evictIdleConnections(',
  '.setConnectionKeepAlive(',
  '.setValidateAfterInactivity(',
  '.setTimeToLive(',
  '.closeIdle(',
  '.setKeepAliveStrategy(',
  '.build()',
  'TimeValue.ofSeconds(',
  'TimeValue.of(',
  'TimeUnit.SECONDS',
  'Duration.ofMinutes(',
  '55',
  'L',
  ' * ',
  '(',
  ')',
  '{',
  '}',
  ';',
  ',',
  '\n',
  ' = ',
  'client',
  'cm',
  'static final long X = ',
  'X',
  'return ',
  'public CloseableHttpClient f() ',
  '"',
  '"""',
  "'",
  '//',
  '/*',
  '*/',
  'scheduler.scheduleAtFixedRate(() -> ',
  '@Scheduled ',
  '.toMillis()',
];
const SEEDS = seedsFrom(RAW);

describe('Java client parser properties', () => {
  testParserProperties({
    parser: javaClientParser,
    seeds: SEEDS,
    vocab: TOKENS,
    randomNames: ['Client.java'],
    numRuns: { mutated: 5000, random: 5000 },
    ...CODE_INVARIANTS,
    titles: {
      random: 'random input keeps the invariants',
      mutated: 'mutated fixtures keep the invariants',
    },
  });
});
