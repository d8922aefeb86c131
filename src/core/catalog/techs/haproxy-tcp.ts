import { formatDuration, ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';
import type { EffectiveValue, SettingDef, SettingReader } from '../types';
import { fallbackFrom } from './effective';
import { defineL4 } from './l4';

const DOC = 'https://docs.haproxy.org/3.2/configuration.html';
const CFG = 'doc: HAProxy 3.5-dev5 doc/configuration.txt';

const time = (v: KnownScalar): string =>
  typeof v === 'number' ? formatDuration(ms(v), 'haproxy') : '0';

const half = (name: string, label: string, lines: string): SettingDef => ({
  key: `timeout ${name}`,
  label,
  role: null,
  kind: 'duration',
  dialect: 'haproxy',
  defaults: [{ value: null, source: `${CFG} ${lines}`, note: 'unset' }],
  doc: `${DOC}#4-timeout%20${name}`,
  snippet: (v) => `timeout ${name} ${time(v)}  # in the mode tcp proxy or its defaults`,
});

/**
 * How long a spliced TCP flow may idle: `timeout tunnel` once set (it supersedes both halves),
 * else the shorter of `timeout client` and `timeout server` (each half is closed by its own
 * inactivity timeout, and HAProxy then closes both); neither set: no limit.
 */
function resolveTcpIdle(r: SettingReader): EffectiveValue {
  const tunnel = r.num('timeout tunnel');
  if (r.isSet('timeout tunnel') && tunnel.value !== null) return tunnel;
  const halves = ['timeout client', 'timeout server']
    .filter((k) => r.isSet(k) && r.num(k).value !== null)
    .map((k) => r.num(k))
    .sort((a, b) => (a.value ?? 0) - (b.value ?? 0));
  const shortest = halves[0];
  if (shortest)
    return fallbackFrom('timeout tunnel', shortest, shortest.value, `${shortest.setting} applies`);
  return fallbackFrom('timeout tunnel', r.num('timeout client'), null, 'no timeout set: never');
}

/**
 * HAProxy in `mode tcp` (its default mode): no HTTP keep-alive of its own, one server connection
 * per client connection, closed when it idles past its inactivity timeouts. On the request path
 * it is a middlebox: the client's pooled connection dies when HAProxy closes it.
 */
export const haproxyTcp = defineL4({
  id: 'haproxy-tcp',
  name: 'HAProxy (mode tcp)',
  doc: `${DOC}#4-mode`,
  key: 'timeout tunnel',
  label: 'Inactivity of a spliced TCP flow (supersedes timeout client and server)',
  dialect: 'haproxy',
  versions: ['3.5', '3.2', '3.0', '2.8', '2.6', '2.4'],
  defaults: [{ value: null, source: `${CFG} timeout tunnel (unset)`, note: 'unset' }],
  snippet: (v) => `timeout tunnel ${time(v)}  # in the mode tcp listen / backend or its defaults`,
  extra: [
    half('client', 'Client-side inactivity (unset = infinite)', 'L14645-14684'),
    half('server', 'Server-side inactivity (unset = infinite)', 'L14919'),
  ],
  resolveIdle: resolveTcpIdle,
  // After the close, the client's next request on its pooled connection meets a closed socket.
  onExpiry: () => 'rst',
});
