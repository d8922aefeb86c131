import type { KnownScalar } from '../../model/chain';
import type { SettingRange } from '../setting-range';
import type { SettingDef } from '../types';
import { nginxTime } from './snippet-format';

const CORE = 'https://nginx.org/en/docs/http/ngx_http_core_module.html';
const UPSTREAM = 'https://nginx.org/en/docs/http/ngx_http_upstream_module.html';
const PROXY = 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html';
const SRC = 'src: nginx 3f6f7824d4';
const KA_MODULE = `${SRC} src/http/modules/ngx_http_upstream_keepalive_module.c`;

/** ngx_parse_time refuses a time in ms above NGX_MAX_INT32_VALUE ("invalid value"). */
const MSEC: SettingRange = {
  max: 2_147_483_647,
  source: `nginx refuses longer times (${SRC} src/core/ngx_parse.c ngx_parse_time)`,
};
/** …and a time in seconds (the Keep-Alive header's) above NGX_MAX_INT32_VALUE seconds. */
const SEC: SettingRange = { max: 2_147_483_647_000, source: MSEC.source ?? '' };

const directive = (name: string) => (v: KnownScalar) =>
  v === null ? `# ${name}: no limit — remove the directive` : `${name} ${nginxTime(v)};`;
const inUpstream = (name: string) => (v: KnownScalar) =>
  `${directive(name)(v)} # inside upstream { … }`;
const count =
  (name: string, where = '') =>
  (v: KnownScalar) =>
    `${name} ${v === null ? 0 : String(v)};${where}`;

/** nginx settings: `keepalive_*` for the server side, `upstream.*` and `proxy_*` for the client side. */
export const NGINX_SETTINGS: readonly SettingDef[] = [
  {
    key: 'keepalive_timeout',
    label: 'Idle time before nginx closes a client keep-alive connection (0 disables keep-alive)',
    role: 'server-idle',
    kind: 'duration',
    dialect: 'nginx',
    range: MSEC,
    defaults: [{ value: 75_000, source: `${SRC} src/http/ngx_http_core_module.c L3945-3948` }],
    doc: `${CORE}#keepalive_timeout`,
    snippet: directive('keepalive_timeout'),
  },
  {
    key: 'keepalive_timeout.header_timeout',
    label: 'Second keepalive_timeout parameter: the Keep-Alive: timeout=N header nginx sends',
    role: 'hint',
    kind: 'duration',
    dialect: 'nginx',
    range: SEC,
    defaults: [
      {
        value: null,
        source: `${SRC} src/http/ngx_http_header_filter_module.c L393-401`,
        note: 'absent: nginx sends no Keep-Alive header',
      },
    ],
    doc: `${CORE}#keepalive_timeout`,
    snippet: (v) =>
      `keepalive_timeout <timeout> ${typeof v === 'number' ? nginxTime(v) : '0'}; # 2nd parameter`,
  },
  {
    key: 'keepalive_requests',
    label: 'Requests served on one client connection before nginx closes it',
    role: 'max-requests',
    kind: 'count',
    defaults: [
      { since: '1.19.10', value: 1000, source: `${SRC} ngx_http_core_module.c L3951-3952` },
      { value: 100, source: 'nginx commit eb52de831 (ticket #2155): 100 before 1.19.10' },
    ],
    doc: `${CORE}#keepalive_requests`,
    snippet: count('keepalive_requests'),
  },
  {
    key: 'keepalive_time',
    label: 'Maximum age of a client connection (checked when a request arrives)',
    role: 'max-age',
    kind: 'duration',
    dialect: 'nginx',
    range: MSEC,
    defaults: [
      { since: '1.19.10', value: 3_600_000, source: `${SRC} ngx_http_core_module.c L3943-3944` },
      { value: null, source: 'nginx commit d9996d6f2: keepalive_time appeared in 1.19.10' },
    ],
    doc: `${CORE}#keepalive_time`,
    snippet: directive('keepalive_time'),
  },
  {
    key: 'keepalive_min_timeout',
    label: 'Time after a response during which reload or connection pressure will not close it',
    role: null,
    kind: 'duration',
    dialect: 'nginx',
    range: MSEC,
    defaults: [
      { since: '1.27.4', value: 0, source: `${SRC} ngx_http_request.c L3047-3051; changes 1.27.4` },
      { value: 0, source: 'nginx commit 22a2a225b: keepalive_min_timeout appeared in 1.27.4' },
    ],
    doc: `${CORE}#keepalive_min_timeout`,
    snippet: directive('keepalive_min_timeout'),
  },
  {
    key: 'upstream.keepalive',
    label: 'Idle upstream connections cached per worker (0 = no upstream keep-alive)',
    role: null,
    kind: 'count',
    defaults: [
      { since: '1.29.7', value: 32, source: `${KA_MODULE} L93-98, L544-555; changes 1.29.7` },
      { value: 0, source: 'nginx changes 1.29.7 (commit 4fbe4b627): off before 1.29.7' },
    ],
    doc: `${UPSTREAM}#keepalive`,
    snippet: count('keepalive', ' # inside upstream { … }'),
  },
  {
    key: 'upstream.keepalive_timeout',
    label: 'Idle time before nginx drops a cached upstream connection',
    role: 'client-idle',
    kind: 'duration',
    dialect: 'nginx',
    range: MSEC,
    defaults: [
      { since: '1.15.3', value: 60_000, source: `${KA_MODULE} L107-112, L358, L549` },
      {
        value: null,
        source: 'nginx commit 7de808990: upstream keepalive_timeout appeared in 1.15.3',
      },
    ],
    doc: `${UPSTREAM}#keepalive_timeout`,
    snippet: inUpstream('keepalive_timeout'),
  },
  {
    key: 'upstream.keepalive_requests',
    label: 'Requests on one upstream connection before it leaves the cache',
    role: 'max-requests',
    kind: 'count',
    defaults: [
      { since: '1.19.10', value: 1000, source: `${KA_MODULE} L114-118, L550` },
      { value: 100, source: 'nginx commit eb52de831: 100 before 1.19.10' },
    ],
    doc: `${UPSTREAM}#keepalive_requests`,
    snippet: count('keepalive_requests', ' # inside upstream { … }'),
  },
  {
    key: 'upstream.keepalive_time',
    label: 'Maximum age of an upstream connection kept in the cache',
    role: 'max-age',
    kind: 'duration',
    dialect: 'nginx',
    range: MSEC,
    defaults: [
      { since: '1.19.10', value: 3_600_000, source: `${KA_MODULE} L100-105, L548` },
      { value: null, source: 'nginx commit d9996d6f2: keepalive_time appeared in 1.19.10' },
    ],
    doc: `${UPSTREAM}#keepalive_time`,
    snippet: inUpstream('keepalive_time'),
  },
  {
    key: 'proxy_http_version',
    label: 'HTTP version nginx speaks to upstreams (1.0 = no upstream keep-alive)',
    role: null,
    kind: 'enum',
    enumValues: ['1.0', '1.1', '2'],
    defaults: [
      { since: '1.29.7', value: '1.1', source: `${SRC} ngx_http_proxy_module.c L4068-4069` },
      { value: '1.0', source: 'nginx commit 6bb27a631: 1.0 before 1.29.7' },
    ],
    doc: `${PROXY}#proxy_http_version`,
    snippet: (v) => `proxy_http_version ${String(v)};`,
  },
  {
    key: 'proxy_set_header.Connection',
    label: 'Connection header sent upstream ("close" = one request per connection)',
    role: null,
    kind: 'text',
    defaults: [
      {
        since: '1.29.7',
        value: '',
        source: `${SRC} ngx_http_proxy_module.c L761-768`,
        note: 'not sent by default since 1.29.7 (nginx/nginx.org#298: the docs still say close)',
      },
      { value: 'close', source: 'nginx release-1.28.0 ngx_http_proxy_module.c L842-845' },
    ],
    doc: `${PROXY}#proxy_set_header`,
    snippet: (v) => `proxy_set_header Connection ${v === '' || v === null ? '""' : String(v)};`,
  },
  {
    key: 'proxy_pass',
    label:
      'What proxy_pass names: an upstream {} block (pooled), an address or host with no upstream {} block (a new connection per request), or nothing (no client side)',
    role: null,
    kind: 'enum',
    enumValues: ['upstream', 'address', 'none'],
    defaults: [
      {
        value: 'upstream',
        source: `${KA_MODULE} ngx_http_upstream_keepalive_init ("skip implicit upstreams": only upstream {} blocks get a pool)`,
        note: 'assumed to name an upstream {} block unless the config says otherwise',
      },
    ],
    doc: `${PROXY}#proxy_pass`,
  },
  {
    key: 'proxy_read_timeout',
    label: 'Time between two reads of the upstream response',
    role: 'request-timeout',
    kind: 'duration',
    dialect: 'nginx',
    range: MSEC,
    defaults: [{ value: 60_000, source: `${SRC} ngx_http_proxy_module.c L3728-3735` }],
    doc: `${PROXY}#proxy_read_timeout`,
    snippet: directive('proxy_read_timeout'),
  },
  {
    key: 'proxy_next_upstream',
    label: 'Failures that make nginx try the next upstream',
    role: null,
    kind: 'text',
    defaults: [{ value: 'error timeout', source: `${SRC} src/http/ngx_http_upstream.c` }],
    doc: `${PROXY}#proxy_next_upstream`,
    snippet: (v) => `proxy_next_upstream ${String(v)};`,
  },
];
