import { ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';
import type { HintHonour, RetryBehaviour, SettingReader, TechDef } from '../types';
import { zeroIsUnlimited } from './effective';
import { groupDigits } from './snippet-format';

const DOC = 'https://hc.apache.org/httpcomponents-client-4.5.x/';
const SRC = 'src: httpcomponents-client rel/v4.5.14';

const seconds = (v: KnownScalar): string =>
  typeof v === 'number' && v % 1000 === 0
    ? `${v / 1000}, TimeUnit.SECONDS`
    : `${groupDigits(Number(v ?? 0))}, TimeUnit.MILLISECONDS`;

/** DefaultHttpRequestRetryHandler: idempotent or unsent requests, or any with requestSentRetryEnabled. */
function describeRetry(r: SettingReader): RetryBehaviour {
  const attempts = r.num('retryCount').value ?? 0;
  const source = `${SRC} DefaultHttpRequestRetryHandler.java L122`;
  if (attempts === 0) return { policy: 'none', attempts: 0, summary: 'retries disabled', source };
  if (r.bool('requestSentRetryEnabled'))
    return {
      policy: 'any',
      attempts,
      summary: 'requestSentRetryEnabled: sent requests are retried too',
      source,
    };
  return {
    policy: 'any-unsent',
    attempts,
    summary: 'non-entity-enclosing (idempotent) requests, or any request not yet sent, are retried',
    source,
  };
}

/** Apache HttpClient 4.5: no idle limit unless the server sends a hint or the app sets one. */
export const apacheHttpClient4: TechDef = {
  id: 'apache-httpclient4',
  name: 'Apache HttpClient 4.5',
  label: 'HttpClient 4',
  kind: 'client',
  versions: ['4.5.14'],
  defaultVersion: '4.5.14',
  sides: 'client',
  doc: DOC,
  settings: [
    {
      key: 'keepAliveStrategy',
      label:
        'Keep-alive from a custom ConnectionKeepAliveStrategy (default: the hint, else forever)',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'ms',
      range: { negative: 'no-limit', source: 'HttpClient 4: a keep-alive of -1 is indefinite' },
      defaults: [
        {
          value: null,
          source: `${SRC} DefaultConnectionKeepAliveStrategy.java L63-70`,
          note: '-1 = indefinite without a hint',
        },
      ],
      doc: `${DOC}httpclient/apidocs/org/apache/http/conn/ConnectionKeepAliveStrategy.html`,
      snippet: (v) =>
        `HttpClients.custom().setKeepAliveStrategy((response, context) -> ${groupDigits(Number(v ?? -1))}L)`,
    },
    {
      key: 'evictIdleConnections',
      label: 'Background evictor: closes connections idle longer than this (off by default)',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'ms',
      defaults: [
        { value: null, source: `${SRC} HttpClientBuilder.evictIdleConnections`, note: 'off' },
      ],
      doc: `${DOC}httpclient/apidocs/org/apache/http/impl/client/HttpClientBuilder.html`,
      snippet: (v) => `HttpClients.custom().evictIdleConnections(${seconds(v)})`,
    },
    {
      key: 'validateAfterInactivity',
      label: 'Stale check before leasing a connection idle longer than this',
      role: null,
      kind: 'duration',
      dialect: 'ms',
      defaults: [{ value: 2000, source: `${SRC} PoolingHttpClientConnectionManager.java L183` }],
      doc: `${DOC}httpclient/apidocs/org/apache/http/impl/conn/PoolingHttpClientConnectionManager.html`,
      snippet: (v) =>
        `connectionManager.setValidateAfterInactivity(${groupDigits(Number(v ?? -1))});`,
    },
    {
      key: 'connectionTimeToLive',
      label: 'Maximum age of a pooled connection',
      role: 'max-age',
      kind: 'duration',
      dialect: 'ms',
      defaults: [
        { value: null, source: `${SRC} HttpClientBuilder.setConnectionTimeToLive`, note: 'unset' },
      ],
      doc: `${DOC}httpclient/apidocs/org/apache/http/impl/client/HttpClientBuilder.html`,
      snippet: (v) => `HttpClients.custom().setConnectionTimeToLive(${seconds(v)})`,
    },
    {
      key: 'retryCount',
      label: 'Retries of DefaultHttpRequestRetryHandler',
      role: null,
      kind: 'count',
      defaults: [{ value: 3, source: `${SRC} DefaultHttpRequestRetryHandler.java L122` }],
      doc: `${DOC}httpclient/apidocs/org/apache/http/impl/client/DefaultHttpRequestRetryHandler.html`,
      snippet: (v) => `new DefaultHttpRequestRetryHandler(${String(v ?? 0)}, false)`,
    },
    {
      key: 'requestSentRetryEnabled',
      label: 'Retry requests that were fully sent',
      role: null,
      kind: 'bool',
      defaults: [{ value: false, source: `${SRC} DefaultHttpRequestRetryHandler.java L122` }],
      doc: `${DOC}httpclient/apidocs/org/apache/http/impl/client/DefaultHttpRequestRetryHandler.html`,
      snippet: (v) => `new DefaultHttpRequestRetryHandler(3, ${v === true ? 'true' : 'false'})`,
    },
  ],
  resolve(r) {
    const custom = r.isSet('keepAliveStrategy');
    const keepAlive = zeroIsUnlimited(r.num('keepAliveStrategy'));
    const evict = zeroIsUnlimited(r.num('evictIdleConnections'));
    const idle =
      evict.value !== null && (keepAlive.value === null || evict.value < keepAlive.value)
        ? evict
        : keepAlive;
    // A custom strategy replaces DefaultConnectionKeepAliveStrategy, which is what reads the hint.
    const hint: HintHonour = custom
      ? {
          honours: false,
          source: 'a custom ConnectionKeepAliveStrategy replaces the hint handling',
        }
      : {
          honours: true,
          marginMs: ms(0),
          replacesIdle: true,
          ...(evict.value !== null ? { capMs: ms(evict.value) } : {}),
          source: `${SRC} DefaultConnectionKeepAliveStrategy.java L63-70`,
        };
    const validate = r.num('validateAfterInactivity').value;
    const notes: string[] = [];
    if (idle.value === null)
      notes.push('Without a Keep-Alive hint HttpClient 4 keeps pooled connections forever.');
    return {
      client: {
        idle,
        reuse: true,
        hint,
        finDetection: validate !== null && validate >= 0,
        retry: describeRetry(r),
        granularityMs: ms(1),
        maxAge: r.num('connectionTimeToLive'),
        fixKey: idle.setting,
        notes,
      },
    };
  },
};
