import { ms } from '../../model/duration';
import type { TechDef } from '../types';
import { zeroIsUnlimited } from './effective';
import { javaTimeValue } from './snippet-format';

const DOC = 'https://hc.apache.org/httpcomponents-client-5.6.x/';
const SRC = 'src: httpcomponents-client 86c313b287';

/**
 * Apache HttpClient 5 (classic and async). C is the keep-alive the strategy returns:
 * the server's `Keep-Alive: timeout` exactly, else RequestConfig.connectionKeepAlive (3 min).
 * The optional idle evictor closes connections idle longer than its max idle time.
 */
export const apacheHttpClient5: TechDef = {
  id: 'apache-httpclient5',
  name: 'Apache HttpClient 5',
  label: 'HttpClient 5',
  kind: 'client',
  versions: ['5.6', '5.5', '5.4'],
  defaultVersion: '5.6',
  sides: 'client',
  doc: DOC,
  settings: [
    {
      key: 'connectionKeepAlive',
      label: 'Keep-alive used when the response has no Keep-Alive header',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'ms',
      defaults: [{ value: 180_000, source: `${SRC} RequestConfig.java L49` }],
      doc: `${DOC}current/httpclient5/apidocs/org/apache/hc/client5/http/config/RequestConfig.Builder.html`,
      snippet: (v) => `RequestConfig.custom().setConnectionKeepAlive(${javaTimeValue(v)})`,
    },
    {
      key: 'evictIdleConnections',
      label: 'Background evictor: closes pooled connections idle longer than this (off by default)',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'ms',
      defaults: [
        { value: null, source: `${SRC} HttpClientBuilder.java L204-205, L742-769`, note: 'off' },
      ],
      doc: `${DOC}current/httpclient5/apidocs/org/apache/hc/client5/http/impl/classic/HttpClientBuilder.html`,
      snippet: (v) => `HttpClients.custom().evictIdleConnections(${javaTimeValue(v)})`,
    },
    {
      key: 'validateAfterInactivity',
      label: 'Stale check before leasing a connection idle longer than this',
      role: null,
      kind: 'duration',
      dialect: 'ms',
      defaults: [
        { value: 2000, source: `${SRC} PoolingHttpClientConnectionManager.java L354-357` },
      ],
      doc: `${DOC}current/httpclient5/apidocs/org/apache/hc/client5/http/config/ConnectionConfig.Builder.html`,
      snippet: (v) => `ConnectionConfig.custom().setValidateAfterInactivity(${javaTimeValue(v)})`,
    },
    {
      key: 'timeToLive',
      label: 'Maximum age of a pooled connection',
      role: 'max-age',
      kind: 'duration',
      dialect: 'ms',
      defaults: [{ value: null, source: `${SRC} ConnectionConfig.java`, note: 'unset' }],
      doc: `${DOC}current/httpclient5/apidocs/org/apache/hc/client5/http/config/ConnectionConfig.Builder.html`,
      snippet: (v) => `ConnectionConfig.custom().setTimeToLive(${javaTimeValue(v)})`,
    },
  ],
  resolve(r) {
    const keepAlive = zeroIsUnlimited(r.num('connectionKeepAlive'));
    const evict = zeroIsUnlimited(r.num('evictIdleConnections'));
    // The evictor closes idle connections whatever the keep-alive says, so it bounds C and a hint.
    const idle =
      evict.value !== null && (keepAlive.value === null || evict.value < keepAlive.value)
        ? evict
        : keepAlive;
    const validate = r.num('validateAfterInactivity').value;
    const finDetection = validate !== null && validate >= 0;
    const notes: string[] = [];
    if (finDetection)
      notes.push(
        'validateAfterInactivity checks a connection idle longer than it before reuse: an arrived FIN is caught, the in-flight race is not.',
      );
    if (evict.value !== null)
      notes.push(
        'The idle evictor runs periodically, so a connection can outlive the evictor limit by up to one period.',
      );
    return {
      client: {
        idle,
        reuse: true,
        hint: {
          honours: true,
          marginMs: ms(0),
          replacesIdle: true,
          ...(evict.value !== null ? { capMs: ms(evict.value) } : {}),
          source: `${SRC} impl/DefaultConnectionKeepAliveStrategy.java L63-80`,
        },
        finDetection,
        retry: {
          policy: 'idempotent',
          attempts: 1,
          summary:
            'DefaultHttpRequestRetryStrategy: 1 retry after 1 s for idempotent methods (NoHttpResponseException counted as retriable: UNVERIFIED)',
          source: `${SRC} DefaultHttpRequestRetryStrategy.java L140, L167, L252-253`,
        },
        // The keep-alive expiry is checked when a connection is leased: no timer.
        granularityMs: ms(1),
        maxAge: r.num('timeToLive'),
        // The evictor bounds both the configured keep-alive and a server's hint, so fixes set it.
        fixKey: 'evictIdleConnections',
        notes,
      },
    };
  },
};
