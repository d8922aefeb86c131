import { ms } from '../../model/duration';
import type {
  EffectiveValue,
  ResolvedClientSide,
  ResolvedServerSide,
  SettingReader,
  TechDef,
} from '../types';
import { NGINX_SETTINGS } from './nginx-settings';
import { describeNginxRetry } from './nginx-retry';

const NO_HINT_SOURCE =
  'src: nginx 3f6f7824d4 ngx_http_upstream_keepalive_module.c (no Keep-Alive parser; the header is cleared from proxied requests)';

function resolveServer(r: SettingReader): ResolvedServerSide {
  const idle = r.num('keepalive_timeout');
  const requests = r.num('keepalive_requests');
  const notes: string[] = [];
  // keepalive_requests ≤ 1: the first response already carries Connection: close.
  const offReason =
    idle.value === 0
      ? 'keepalive_timeout 0 disables keep-alive: nginx closes after every response'
      : requests.value !== null && requests.value <= 1
        ? `keepalive_requests ${requests.value}: nginx closes after the first response`
        : undefined;
  const header = r.num('keepalive_timeout.header_timeout');
  // nginx writes `Keep-Alive: timeout=%T` in whole seconds.
  const hintSeconds = header.value === null ? 0 : Math.floor(header.value / 1000);
  const hint: EffectiveValue | null =
    hintSeconds > 0 ? { ...header, value: hintSeconds * 1000 } : null;
  if (hint === null)
    notes.push(
      'nginx sends no Keep-Alive: timeout header (2nd keepalive_timeout parameter unset).',
    );
  const minTimeout = r.num('keepalive_min_timeout').value;
  if (minTimeout !== null && minTimeout > 0)
    notes.push('keepalive_min_timeout keeps idle connections open through reloads for that long.');
  return {
    idle,
    keepAlive: offReason === undefined,
    ...(offReason ? { keepAliveNote: offReason } : {}),
    hint,
    granularityMs: ms(5),
    maxRequests: requests,
    maxAge: r.num('keepalive_time'),
    fixKey: 'keepalive_timeout',
    notes,
  };
}

function describeNoReuse(r: SettingReader): string | undefined {
  const reasons: string[] = [];
  if (r.get('proxy_pass').value === 'address')
    reasons.push(
      'proxy_pass names an address, not an upstream {} block (nginx keeps no idle connections for it, in any version)',
    );
  if (r.num('upstream.keepalive').value === 0)
    reasons.push('no upstream keepalive (pool size 0: before 1.29.7 the default)');
  if (r.str('proxy_http_version') === '1.0') reasons.push('proxy_http_version 1.0');
  const connection = r.get('proxy_set_header.Connection').value;
  if (typeof connection === 'string' && connection.trim().toLowerCase() === 'close')
    reasons.push('proxy_set_header Connection close');
  if (reasons.length === 0) return undefined;
  return `nginx opens a new upstream connection per request: ${reasons.join(', ')}`;
}

function resolveClient(r: SettingReader): ResolvedClientSide {
  // A reuse setting written as something the files do not resolve (`proxy_pass http://$backend`)
  // makes this side unknown: the catalog's resolution probes it (catalog/unknown-inputs.ts).
  const idle = r.num('upstream.keepalive_timeout');
  const reuseNote = describeNoReuse(r);
  const notes: string[] = [];
  if (idle.value === null)
    notes.push('Before 1.15.3 nginx keeps cached upstream connections with no idle limit.');
  if (!r.isSet('upstream.keepalive') && reuseNote === undefined)
    notes.push(
      'Since 1.29.7 upstream keep-alive is on by default for upstream{} blocks (32 connections, local).',
    );
  return {
    idle,
    reuse: reuseNote === undefined,
    ...(reuseNote ? { reuseNote } : {}),
    hint: { honours: false, source: NO_HINT_SOURCE },
    finDetection: true,
    // proxy_next_upstream_tries defaults to 0 (no limit): at least the free retry of a cached failure.
    retry: describeNginxRetry(r.str('proxy_next_upstream'), 1),
    granularityMs: ms(5),
    maxRequests: r.num('upstream.keepalive_requests'),
    maxAge: r.num('upstream.keepalive_time'),
    fixKey: 'upstream.keepalive_timeout',
    notes,
  };
}

/** nginx as a reverse proxy: server side toward its clients, client side toward its upstream. */
export const nginx: TechDef = {
  id: 'nginx',
  name: 'nginx',
  kind: 'proxy',
  versions: [
    '1.31.4',
    '1.30.2',
    '1.29.7',
    '1.28.0',
    '1.27.4',
    '1.26.3',
    '1.24.0',
    '1.22.1',
    '1.20.2',
    '1.19.10',
    '1.18.0',
    '1.16.1',
    '1.15.3',
    '1.14.2',
  ],
  defaultVersion: '1.30.2',
  sides: 'both',
  doc: 'https://nginx.org/en/docs/http/ngx_http_upstream_module.html#keepalive',
  settings: NGINX_SETTINGS,
  // A block that proxies nowhere (serves files, returns, redirects) has no client side.
  resolve: (r) =>
    r.get('proxy_pass').value === 'none'
      ? { server: resolveServer(r) }
      : { server: resolveServer(r), client: resolveClient(r) },
  companions(key, value, r) {
    // An advertised Keep-Alive timeout above the real one invites hint-honouring clients to race.
    const header = r.num('keepalive_timeout.header_timeout').value;
    if (
      key === 'keepalive_timeout' &&
      typeof value === 'number' &&
      header !== null &&
      header > value
    )
      return [{ key: 'keepalive_timeout.header_timeout', value: Math.floor(value / 1000) * 1000 }];
    return [];
  },
};
