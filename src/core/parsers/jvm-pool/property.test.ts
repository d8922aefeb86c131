import { expectOriginOnLine } from '../testing/invariants';
import { seedsFrom } from '../testing/mutate';
import { testParserProperties } from '../testing/property-suite';
import { jvmPoolParser } from './index';

const SEEDS = seedsFrom(
  import.meta.glob<string>('./__fixtures__/*/*', { query: '?raw', import: 'default', eager: true }),
);

const VOCAB = [
  'new ConnectionPool(5, 30, TimeUnit.SECONDS)',
  'ConnectionPool(maxIdleConnections = 5, keepAliveDuration = 2, timeUnit = TimeUnit.MINUTES)',
  'OkHttpClient.Builder()',
  '.connectionPool(pool)',
  '.retryOnConnectionFailure(false)',
  'ConnectionProvider.builder("p")',
  '.maxIdleTime(Duration.ofSeconds(20))',
  '.maxLifeTime(',
  'HttpClient.create(provider)',
  'HttpClient.newHttpClient()',
  '-Djdk.httpclient.keepalive.timeout=',
  '-Djdk.httpclient.keepalive.timeout.h2=',
  'System.setProperty("jdk.httpclient.keepalive.timeout", "',
  '${X}',
  'fun f(): T = ',
  'val x = ',
  '30',
  '(',
  ')',
  '"',
  '//',
  '/*',
  '#',
  '\n',
];

testParserProperties({
  parser: jvmPoolParser,
  seeds: SEEDS,
  vocab: VOCAB,
  randomNames: ['Client.java', 'Client.kt', 'Dockerfile', 'pasted-1'],
  codePattern: /^JVM_[A-Z0-9_]+$/,
  checkOrigin: expectOriginOnLine,
  lineEnds: 'lf',
  titles: {
    mutated: 'mutated client code never throws',
    random: 'random JVM-like text never throws',
  },
});
