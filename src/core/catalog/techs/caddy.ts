import { ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';
import type { SettingReader, TechDef } from '../types';
import { optionDefault, zeroIsUnlimited } from './effective';
import { caddyDuration, serversTimeoutSnippet, transportSnippet } from './caddy-snippets';
import { GO_NO_HINT, GO_RETRY } from './go-common';

const DOC = 'https://caddyserver.com/docs/caddyfile/options#timeouts';
const PROXY_DOC =
  'https://caddyserver.com/docs/caddyfile/directives/reverse_proxy#the-http-transport';
const APP = 'src: caddy 0cf03d32f7 modules/caddyhttp/app.go';
const TRANSPORT = 'src: caddy 0cf03d32f7 modules/caddyhttp/reverseproxy/httptransport.go';

const quoted = (v: KnownScalar) => `"${caddyDuration(v)}"`;
const count = (v: KnownScalar) => String(v ?? 0);

const POOL_COUNTS = [
  'reverse_proxy.transport.keepalive_idle_conns',
  'reverse_proxy.transport.keepalive_idle_conns_per_host',
];

/**
 * The upstream idle time. Caddy fills in its 2 min default only when the transport has no
 * keep-alive settings at all (NewTransport: `if h.KeepAlive == nil`); a written pool size creates
 * the KeepAlive struct with IdleConnTimeout 0, which Go's Transport reads as no idle limit.
 */
function upstreamIdleOf(r: SettingReader) {
  const key = 'reverse_proxy.transport.keepalive';
  if (r.isSet(key) || !POOL_COUNTS.some((k) => r.isSet(k))) return zeroIsUnlimited(r.num(key));
  return optionDefault(
    'caddy',
    key,
    null,
    `${TRANSPORT} NewTransport (2m default only when keep_alive is unset); caddyfile.go keepalive_idle_conns*`,
    'a keepalive_idle_conns option without keepalive <duration> leaves IdleConnTimeout 0: no idle limit',
  );
}

/** Caddy v2: a Go http.Server in front, reverse_proxy's Go Transport behind. */
export const caddy: TechDef = {
  id: 'caddy',
  name: 'Caddy',
  kind: 'proxy',
  versions: ['2.11.4', '2.10.0', '2.8.4', '2.7.6'],
  defaultVersion: '2.11.4',
  sides: 'both',
  doc: DOC,
  settings: [
    {
      key: 'servers.timeouts.idle',
      label: 'Idle time of a client keep-alive connection',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'go',
      defaults: [{ value: 300_000, source: `${APP} L405, L891-895` }],
      doc: DOC,
      snippet: serversTimeoutSnippet('idle', 'idle_timeout'),
    },
    {
      key: 'servers.timeouts.read_header',
      label: 'Time to read request headers',
      role: 'request-timeout',
      kind: 'duration',
      dialect: 'go',
      defaults: [{ value: 60_000, source: `${APP} L408, L897-902` }],
      doc: DOC,
      snippet: serversTimeoutSnippet('read_header', 'read_header_timeout'),
    },
    {
      key: 'reverse_proxy.transport.keepalive',
      label: 'Idle time of a pooled upstream connection',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'go',
      defaults: [{ value: 120_000, source: `${TRANSPORT} L215-216` }],
      doc: PROXY_DOC,
      snippet: transportSnippet('keepalive', 'idle_timeout', caddyDuration, quoted),
    },
    {
      key: 'reverse_proxy.transport.keepalive.enabled',
      label: '`keepalive off` disables upstream connection reuse',
      role: null,
      kind: 'bool',
      defaults: [{ value: true, source: `${TRANSPORT} (keep_alive.enabled)` }],
      doc: PROXY_DOC,
      snippet: transportSnippet(
        'keepalive',
        'enabled',
        (v) => (v === false ? 'off' : '2m'),
        (v) => String(v !== false),
      ),
    },
    {
      key: 'reverse_proxy.transport.keepalive_idle_conns',
      label: 'Idle upstream connections in all (0: no limit)',
      role: null,
      kind: 'count',
      defaults: [
        { value: 0, source: `${TRANSPORT} (keep_alive.max_idle_conns; doc: default 0, no limit)` },
      ],
      doc: PROXY_DOC,
      snippet: transportSnippet('keepalive_idle_conns', 'max_idle_conns', count, count),
    },
    {
      key: 'reverse_proxy.transport.keepalive_idle_conns_per_host',
      label: 'Idle upstream connections per host',
      role: null,
      kind: 'count',
      defaults: [{ value: 32, source: `${TRANSPORT} L218-219` }],
      doc: PROXY_DOC,
      snippet: transportSnippet(
        'keepalive_idle_conns_per_host',
        'max_idle_conns_per_host',
        count,
        count,
      ),
    },
  ],
  resolve(r) {
    const reuse = r.bool('reverse_proxy.transport.keepalive.enabled');
    const idle = r.num('servers.timeouts.idle');
    const upstreamIdle = upstreamIdleOf(r);
    return {
      server: {
        // A zero (omitted) idle timeout gets Caddy's 5 min default (app.go L891-895).
        idle: idle.value === 0 ? { ...idle, value: 300_000 } : idle,
        keepAlive: true,
        hint: null,
        granularityMs: ms(1),
        fixKey: 'servers.timeouts.idle',
        notes: ['Caddy sends no Keep-Alive header.'],
      },
      client: {
        idle: upstreamIdle,
        reuse,
        ...(reuse ? {} : { reuseNote: 'keepalive off: a new upstream connection per request' }),
        hint: GO_NO_HINT,
        finDetection: true,
        retry: GO_RETRY,
        granularityMs: ms(1),
        fixKey: 'reverse_proxy.transport.keepalive',
        notes: [],
      },
    };
  },
};
