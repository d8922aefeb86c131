import { ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';
import type { TechDef } from '../types';
import { zeroIsUnlimited } from './effective';
import { groupDigits, javaDuration, wholeSeconds } from './snippet-format';

const OKHTTP_DOC = 'https://square.github.io/okhttp/5.x/okhttp/okhttp3/-connection-pool/';
const OKHTTP_SRC = 'src: okhttp 1682d9bac8';
const JDK_DOC =
  'https://docs.oracle.com/en/java/javase/21/docs/api/java.net.http/module-summary.html';
const REACTOR_DOC =
  'https://projectreactor.io/docs/netty/release/reference/http-client.html#connection-pool';
const REACTOR_SRC = 'src: reactor-netty da0f55072f';

const pool = (v: KnownScalar): string => {
  if (typeof v !== 'number') return 'ConnectionPool(5, 5, TimeUnit.MINUTES)';
  return v % 1000 === 0
    ? `ConnectionPool(5, ${v / 1000}, TimeUnit.SECONDS)`
    : `ConnectionPool(5, ${groupDigits(v)}, TimeUnit.MILLISECONDS)`;
};

/** OkHttp (Kotlin/Java). Ignores Keep-Alive hints; retries stale pooled connections. */
export const okhttp: TechDef = {
  id: 'okhttp',
  name: 'OkHttp',
  kind: 'client',
  versions: ['5.4.0', '4.12.0'],
  defaultVersion: '5.4.0',
  sides: 'client',
  doc: OKHTTP_DOC,
  settings: [
    {
      key: 'ConnectionPool.keepAliveDuration',
      label: 'Idle time of a pooled connection',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'human',
      defaults: [
        {
          value: 300_000,
          source: `${OKHTTP_SRC} okhttp/src/commonJvmAndroid/kotlin/okhttp3/ConnectionPool.kt L38-39, L80`,
        },
      ],
      doc: OKHTTP_DOC,
      snippet: pool,
      snippetIn: { java: (v) => `new ${pool(v)}` },
    },
    {
      key: 'ConnectionPool.maxIdleConnections',
      label: 'Idle connections kept',
      role: null,
      kind: 'count',
      defaults: [{ value: 5, source: `${OKHTTP_SRC} ConnectionPool.kt L38-39` }],
      doc: OKHTTP_DOC,
      snippet: (v) => `ConnectionPool(${String(v ?? 5)}, 5, TimeUnit.MINUTES)`,
      snippetIn: { java: (v) => `new ConnectionPool(${String(v ?? 5)}, 5, TimeUnit.MINUTES)` },
    },
    {
      key: 'retryOnConnectionFailure',
      label: 'Silently retry on stale pooled connections (any method with a replayable body)',
      role: null,
      kind: 'bool',
      defaults: [{ value: true, source: `${OKHTTP_SRC} OkHttpClient.kt L593` }],
      doc: 'https://square.github.io/okhttp/5.x/okhttp/okhttp3/-ok-http-client/-builder/retry-on-connection-failure.html',
      snippet: (v) =>
        `OkHttpClient.Builder().retryOnConnectionFailure(${v === false ? 'false' : 'true'})`,
    },
  ],
  resolve(r) {
    const retries = r.bool('retryOnConnectionFailure');
    return {
      client: {
        idle: r.num('ConnectionPool.keepAliveDuration'),
        reuse: true,
        hint: { honours: false, source: `${OKHTTP_SRC} (no Keep-Alive parsing)` },
        finDetection: true,
        retry: retries
          ? {
              policy: 'any',
              attempts: 1,
              summary:
                'retryOnConnectionFailure: any request whose body is not one-shot is retried (not idempotency-aware)',
              source: `${OKHTTP_SRC} internal/http/RetryAndFollowUpInterceptor.kt L133-164`,
            }
          : {
              policy: 'none',
              attempts: 0,
              summary: 'retryOnConnectionFailure(false): the error reaches the caller',
              source: `${OKHTTP_SRC} OkHttpClient.kt L593`,
            },
        granularityMs: ms(1),
        fixKey: 'ConnectionPool.keepAliveDuration',
        notes: [
          'FIN detection relies on the pool health check before reuse (UNVERIFIED for this race).',
        ],
      },
    };
  },
};

/** `java.net.http.HttpClient` (JDK 11+). The pool idle time is a system property in seconds. */
export const jdkHttpClient: TechDef = {
  id: 'jdk-httpclient',
  name: 'JDK java.net.http.HttpClient',
  kind: 'client',
  versions: ['25', '21', '17', '11'],
  defaultVersion: '21',
  sides: 'client',
  doc: JDK_DOC,
  settings: [
    {
      key: 'jdk.httpclient.keepalive.timeout',
      label: 'Idle time of a pooled HTTP/1.1 connection (system property, seconds)',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [
        {
          since: '20',
          value: 30_000,
          source:
            'openjdk/jdk#11285 (JDK-8297030, CSR JDK-8297558): HttpClientImpl default 1200 → 30 s in JDK 20 b26; module-info.java documents 30',
        },
        {
          value: 1_200_000,
          source: 'run: JDK 17.0.15 javap jdk.internal.net.http.ConnectionPool (sipush 1200)',
        },
      ],
      doc: JDK_DOC,
      snippet: (v) => `-Djdk.httpclient.keepalive.timeout=${wholeSeconds(v)}`,
    },
  ],
  resolve: (r) => ({
    client: {
      idle: r.num('jdk.httpclient.keepalive.timeout'),
      reuse: true,
      hint: { honours: false, assumption: true, source: 'reference §4 JDK HttpClient: UNVERIFIED' },
      finDetection: true,
      retry: {
        policy: 'idempotent',
        attempts: 1,
        summary:
          'idempotent requests are retried once on a connection failure (jdk.httpclient.enableAllMethodRetry: UNVERIFIED)',
        source: 'not in the reference: jdk.internal.net.http.MultiExchange (UNVERIFIED)',
      },
      granularityMs: ms(5),
      fixKey: 'jdk.httpclient.keepalive.timeout',
      notes: ['The pool watches idle connections for a server close (UNVERIFIED).'],
    },
  }),
};

/** Reactor Netty HttpClient (Spring WebClient's default). No idle limit unless configured. */
export const reactorNetty: TechDef = {
  id: 'reactor-netty',
  name: 'Reactor Netty HttpClient',
  kind: 'client',
  versions: ['1.3.6', '1.2.0', '1.1.0'],
  defaultVersion: '1.3.6',
  sides: 'client',
  doc: REACTOR_DOC,
  settings: [
    {
      key: 'maxIdleTime',
      label: 'Idle time of a pooled connection (unset: none; reactor.netty.pool.maxIdleTime)',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'human',
      defaults: [
        {
          value: null,
          source: `${REACTOR_SRC} reactor-netty-core/.../ConnectionProvider.java L66-80`,
        },
      ],
      doc: REACTOR_DOC,
      snippet: (v) => `ConnectionProvider.builder("pool").maxIdleTime(${javaDuration(v)}).build()`,
    },
    {
      key: 'maxLifeTime',
      label: 'Maximum age of a pooled connection (unset: none)',
      role: 'max-age',
      kind: 'duration',
      dialect: 'human',
      defaults: [{ value: null, source: `${REACTOR_SRC} ConnectionProvider.java L66-80` }],
      doc: REACTOR_DOC,
      snippet: (v) => `ConnectionProvider.builder("pool").maxLifeTime(${javaDuration(v)}).build()`,
    },
    {
      key: 'disableRetry',
      label: 'Turn off the single retry on a connection reset',
      role: null,
      kind: 'bool',
      defaults: [
        {
          value: false,
          source: `${REACTOR_SRC} reactor-netty-http/.../HttpClientConnect.java L378-390, L767`,
        },
      ],
      doc: REACTOR_DOC,
      snippet: (v) => `HttpClient.create(provider).disableRetry(${v === true ? 'true' : 'false'})`,
    },
  ],
  resolve(r) {
    const retry = !r.bool('disableRetry');
    const idle = zeroIsUnlimited(r.num('maxIdleTime'));
    return {
      client: {
        idle,
        reuse: true,
        hint: { honours: false, source: 'reference §4 Reactor Netty: no hint handling' },
        finDetection: true,
        retry: retry
          ? {
              policy: 'any',
              attempts: 1,
              summary: 'retries once on a connection reset',
              source: `${REACTOR_SRC} HttpClientConnect.java L378-390`,
            }
          : {
              policy: 'none',
              attempts: 0,
              summary: 'disableRetry(true): the error reaches the caller',
              source: `${REACTOR_SRC} HttpClientConnect.java L767`,
            },
        granularityMs: ms(5),
        maxAge: r.num('maxLifeTime'),
        fixKey: 'maxIdleTime',
        notes:
          idle.value === null
            ? ['No idle limit: pooled connections are kept until the server closes them.']
            : [],
      },
    };
  },
};
