import { ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';
import type { TechDef } from '../types';
import { zeroIsUnlimited } from './effective';

const DOC = 'https://httpd.apache.org/docs/2.4/mod/core.html';
const PROXY_DOC = 'https://httpd.apache.org/docs/2.4/mod/mod_proxy.html#proxypass';
const SRC = 'src: httpd 0cb680442e';

/**
 * httpd reads a time as whole seconds, or with a unit suffix (`ap_timeout_parameter_parse`:
 * ms, s, mi, h): `KeepAliveTimeout 55`, and `KeepAliveTimeout 1500ms` for a fraction of a second
 * (`1.5` would be read as 1).
 */
const seconds = (v: KnownScalar): string =>
  typeof v !== 'number' ? String(v) : v % 1000 === 0 ? String(v / 1000) : `${Math.round(v)}ms`;
const directive = (name: string) => (v: KnownScalar) => `${name} ${seconds(v)}`;
const onOff = (name: string) => (v: KnownScalar) => `${name} ${v === true ? 'On' : 'Off'}`;

/** Apache httpd: KeepAlive toward clients, mod_proxy's backend pool toward upstreams. */
export const apacheHttpd: TechDef = {
  id: 'apache-httpd',
  name: 'Apache httpd',
  kind: 'proxy',
  versions: ['2.4'],
  defaultVersion: '2.4',
  sides: 'both',
  doc: DOC,
  settings: [
    {
      key: 'KeepAliveTimeout',
      label: 'Seconds to wait for the next request on a keep-alive connection (ms suffix accepted)',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [{ value: 5000, source: `${SRC} include/httpd.h L166-167` }],
      doc: `${DOC}#keepalivetimeout`,
      snippet: directive('KeepAliveTimeout'),
    },
    {
      key: 'MaxKeepAliveRequests',
      label: 'Requests per connection (0 = unlimited)',
      role: 'max-requests',
      kind: 'count',
      defaults: [{ value: 100, source: `${SRC} include/httpd.h L172` }],
      doc: `${DOC}#maxkeepaliverequests`,
      snippet: (v) => `MaxKeepAliveRequests ${String(v ?? 0)}`,
    },
    {
      key: 'KeepAlive',
      label: 'Persistent client connections',
      role: null,
      kind: 'bool',
      defaults: [{ value: true, source: `doc: ${DOC}#keepalive` }],
      doc: `${DOC}#keepalive`,
      snippet: onOff('KeepAlive'),
    },
    {
      key: 'ProxyPass.ttl',
      label: 'Idle time of a pooled backend connection (unset: kept)',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [{ value: null, source: `${SRC} docs/manual/mod/mod_proxy.xml L1116-1170` }],
      doc: PROXY_DOC,
      snippet: (v) =>
        `ProxyPass "/" "http://backend/" ttl=${typeof v === 'number' ? Math.max(1, Math.floor(v / 1000)) : 0}`,
    },
    {
      key: 'ProxyPass.disablereuse',
      label: 'A new backend connection per request',
      role: null,
      kind: 'bool',
      defaults: [{ value: false, source: `${SRC} docs/manual/mod/mod_proxy.xml L1267-1270` }],
      doc: PROXY_DOC,
      snippet: (v) => `ProxyPass "/" "http://backend/" disablereuse=${v === true ? 'On' : 'Off'}`,
    },
    {
      key: 'ProxyPass.keepalive',
      label: 'TCP keep-alive probes on backend connections (SO_KEEPALIVE; not an idle timeout)',
      role: null,
      kind: 'bool',
      defaults: [{ value: false, source: `${SRC} docs/manual/mod/mod_proxy.xml L1116-1170` }],
      doc: PROXY_DOC,
      snippet: (v) => `ProxyPass "/" "http://backend/" keepalive=${v === true ? 'On' : 'Off'}`,
    },
  ],
  resolve(r) {
    const maxRequests = zeroIsUnlimited(r.num('MaxKeepAliveRequests'));
    const idle = r.num('KeepAliveTimeout');
    const keepAlive = r.bool('KeepAlive') && maxRequests.value !== 1;
    const reuse = !r.bool('ProxyPass.disablereuse');
    return {
      server: {
        idle,
        keepAlive,
        ...(keepAlive
          ? {}
          : {
              keepAliveNote:
                'KeepAlive Off (or MaxKeepAliveRequests 1): one request per connection',
            }),
        hint: null,
        // event MPM (server/mpm/event/event.c): the listener's poll wakes at the earliest queue
        // expiry; TO_QUEUE_APPEND only moves that wake-up earlier when it lies more than
        // TIMEOUT_FUDGE_FACTOR (100 ms) after the new expiry, so a close is late by up to 100 ms
        // only while another connection's expiry is pending just after it. Measured alone on
        // loopback (lab/results.md, httpd 2.4): closes within ~17 ms of KeepAliveTimeout.
        // 20 ms is the typical lateness; the 100 ms batching is an assumption about load.
        granularityMs: ms(20),
        maxRequests,
        fixKey: 'KeepAliveTimeout',
        notes: [
          'httpd sends Keep-Alive: timeout=… only when the request carries a keep-alive Connection token (http_protocol.c L270-300).',
        ],
      },
      client: {
        idle: zeroIsUnlimited(r.num('ProxyPass.ttl')),
        reuse,
        ...(reuse ? {} : { reuseNote: 'disablereuse=On: a new backend connection per request' }),
        hint: {
          honours: false,
          assumption: true,
          source: 'mod_proxy: not documented (UNVERIFIED)',
        },
        finDetection: true,
        retry: {
          policy: 'none',
          attempts: 0,
          summary:
            'mod_proxy answers 502 when a reused backend connection fails (retry behaviour UNVERIFIED)',
          source: 'not in the reference: assumed no retry',
        },
        granularityMs: ms(5),
        fixKey: 'ProxyPass.ttl',
        notes: [
          'mod_proxy checks that a pooled connection is still connected before reuse (UNVERIFIED).',
        ],
      },
    };
  },
};
