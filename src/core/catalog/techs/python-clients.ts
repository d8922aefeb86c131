import { ms } from '../../model/duration';
import type { TechDef } from '../types';
import { fractionalSeconds } from './snippet-format';

const AIOHTTP_DOC = 'https://docs.aiohttp.org/en/stable/client_reference.html#tcpconnector';
const HTTPX_DOC = 'https://www.python-httpx.org/advanced/resource-limits/';
const REQUESTS_DOC = 'https://requests.readthedocs.io/en/latest/api/#requests.adapters.HTTPAdapter';
const REQUESTS_RUN = 'run: requests 2.34.2, urllib3 2.7.0';

/** aiohttp's client (`ClientSession` over `TCPConnector`). */
export const aiohttpClient: TechDef = {
  id: 'aiohttp-client',
  name: 'aiohttp client',
  kind: 'client',
  versions: ['3.14.0', '3.9.0'],
  defaultVersion: '3.14.0',
  sides: 'client',
  doc: AIOHTTP_DOC,
  settings: [
    {
      key: 'keepalive_timeout',
      label: 'Idle time of a pooled connection',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [{ value: 15_000, source: 'src: aiohttp 495e778360 connector.py L330-344' }],
      doc: AIOHTTP_DOC,
      snippet: (v) => `aiohttp.TCPConnector(keepalive_timeout=${fractionalSeconds(v)})`,
    },
    {
      key: 'force_close',
      label: 'Close the connection after each request',
      role: null,
      kind: 'bool',
      defaults: [{ value: false, source: 'src: aiohttp connector.py (force_close)' }],
      doc: AIOHTTP_DOC,
      snippet: (v) => `aiohttp.TCPConnector(force_close=${v === true ? 'True' : 'False'})`,
    },
  ],
  resolve(r) {
    const reuse = !r.bool('force_close');
    return {
      client: {
        idle: r.num('keepalive_timeout'),
        reuse,
        ...(reuse ? {} : { reuseNote: 'force_close=True: one request per connection' }),
        hint: {
          honours: false,
          source: 'reference §4 Python clients: aiohttp does not parse Keep-Alive',
        },
        finDetection: true,
        retry: {
          policy: 'none',
          attempts: 0,
          summary: 'no retry: ServerDisconnectedError reaches the caller',
          source: 'reference §5 retry table',
        },
        // The idle time is checked when a connection is taken from the pool.
        granularityMs: ms(1),
        fixKey: 'keepalive_timeout',
        notes: ['A connection whose FIN already arrived is dropped before reuse (UNVERIFIED).'],
      },
    };
  },
};

/** httpx (over httpcore). */
export const httpx: TechDef = {
  id: 'httpx',
  name: 'HTTPX',
  kind: 'client',
  versions: ['0.28.1', '0.27.0'],
  defaultVersion: '0.28.1',
  sides: 'client',
  doc: HTTPX_DOC,
  settings: [
    {
      key: 'keepalive_expiry',
      label: 'Idle time of a pooled connection',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [{ value: 5000, source: 'src: httpx ae1b9f6623 httpx/_config.py L170-182, L247' }],
      doc: HTTPX_DOC,
      snippet: (v) => `httpx.Limits(keepalive_expiry=${fractionalSeconds(v)})`,
    },
    {
      key: 'max_keepalive_connections',
      label: 'Idle connections kept',
      role: null,
      kind: 'count',
      defaults: [{ value: 20, source: 'src: httpx ae1b9f6623 httpx/_config.py L170-182' }],
      doc: HTTPX_DOC,
      snippet: (v) => `httpx.Limits(max_keepalive_connections=${String(v ?? 0)})`,
    },
  ],
  resolve(r) {
    const pool = r.num('max_keepalive_connections').value;
    const reuse = pool !== 0;
    return {
      client: {
        idle: r.num('keepalive_expiry'),
        reuse,
        ...(reuse
          ? {}
          : { reuseNote: 'max_keepalive_connections=0: no idle connections are kept' }),
        hint: { honours: false, source: 'reference §4: no Keep-Alive parser in httpcore 1.0.9' },
        finDetection: true,
        retry: {
          policy: 'none',
          attempts: 0,
          summary: 'no retry by default (transport retries cover connect errors only)',
          source: 'reference §5 retry table',
        },
        granularityMs: ms(1),
        fixKey: 'keepalive_expiry',
        notes: [
          'httpcore drops an idle connection that became readable (server closed) before reuse (UNVERIFIED).',
        ],
      },
    };
  },
};

/** requests over urllib3: no idle timeout at all. */
export const pythonRequests: TechDef = {
  id: 'python-requests',
  name: 'Python requests (urllib3)',
  kind: 'client',
  versions: ['2.34.2'],
  defaultVersion: '2.34.2',
  sides: 'client',
  doc: REQUESTS_DOC,
  settings: [
    {
      key: 'idle_timeout',
      label: 'Pool idle timeout: urllib3 has none (fix the server side instead)',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'seconds',
      fixed: true,
      defaults: [{ value: null, source: REQUESTS_RUN, note: 'no idle timeout' }],
      doc: REQUESTS_DOC,
      snippet: () =>
        "# requests/urllib3 have no pool idle timeout: raise the server's keep-alive, or retry idempotent requests",
    },
    {
      key: 'max_retries',
      label: 'HTTPAdapter max_retries (0: the error reaches the caller)',
      role: null,
      kind: 'count',
      defaults: [{ value: 0, source: `${REQUESTS_RUN} (adapters.DEFAULT_RETRIES=0)` }],
      doc: REQUESTS_DOC,
      snippet: (v) =>
        `session.mount("https://", HTTPAdapter(max_retries=Retry(total=${String(v ?? 0)})))`,
    },
    {
      key: 'pool_maxsize',
      label: 'Connections kept per host',
      role: null,
      kind: 'count',
      defaults: [{ value: 10, source: `${REQUESTS_RUN} (DEFAULT_POOLSIZE=10)` }],
      doc: REQUESTS_DOC,
      snippet: (v) => `HTTPAdapter(pool_maxsize=${String(v ?? 10)})`,
    },
  ],
  resolve(r) {
    const retries = r.num('max_retries').value ?? 0;
    return {
      client: {
        idle: r.num('idle_timeout'),
        reuse: true,
        hint: { honours: false, source: 'reference §5: requests/urllib3 ignore Keep-Alive' },
        finDetection: true,
        retry:
          retries > 0
            ? {
                policy: 'idempotent',
                attempts: retries,
                summary: 'urllib3 Retry: read errors retried for idempotent methods',
                source: REQUESTS_RUN,
              }
            : {
                policy: 'none',
                attempts: 0,
                summary: 'max_retries=0: ConnectionError(RemoteDisconnected) reaches the caller',
                source: REQUESTS_RUN,
              },
        granularityMs: ms(1),
        fixKey: 'idle_timeout',
        notes: [
          'is_connection_dropped() catches a FIN that already arrived, not the in-flight race.',
        ],
      },
    };
  },
};
