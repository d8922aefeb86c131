import { ownEntry } from '../../model/own-entry';
/**
 * Directive knowledge as data: the contexts where common nginx directives are allowed, as listed
 * by the official directive reference (nginx.org/en/docs/dirindex.html; checked against
 * @nginx/reference-lib in directives.test.ts). Names without contexts (OpenResty's Lua module) are
 * known names only. Used to split a directive whose `;` is missing and to flag misplaced ones.
 */
export type Context =
  | 'main'
  | 'events'
  | 'http'
  | 'server'
  | 'location'
  | 'if'
  | 'if in location'
  | 'limit_except'
  | 'upstream'
  | 'stream'
  | 'mail'
  | 'data'
  | 'unknown';

const H = 'http';
const HS = 'http server';
const HSL = 'http server location';
const HSLI = 'http server location if in location';
const REWRITE = 'server location if if in location';

/** name → contexts (space-separated) or '' when only the name is known. */
const TABLE: Record<string, string> = {
  // core (main)
  user: 'main',
  worker_processes: 'main',
  worker_rlimit_nofile: 'main',
  worker_shutdown_timeout: 'main',
  worker_cpu_affinity: 'main',
  pid: 'main',
  daemon: 'main',
  master_process: 'main',
  load_module: 'main',
  env: 'main',
  pcre_jit: 'main',
  thread_pool: 'main',
  error_log: 'main http server location stream mail',
  include: '',
  events: 'main',
  http: 'main',
  stream: 'main',
  mail: 'main',
  worker_connections: 'events',
  use: 'events',
  multi_accept: 'events',
  accept_mutex: 'events',
  // http core
  server: 'http upstream stream mail',
  location: 'server location',
  listen: 'server',
  server_name: 'server',
  root: HSLI,
  alias: 'location',
  index: HSL,
  try_files: 'server location',
  error_page: HSLI,
  internal: 'location',
  default_type: HSL,
  types: HSL,
  sendfile: HSLI,
  tcp_nopush: HSL,
  tcp_nodelay: HSL,
  keepalive_timeout: `${HSL} upstream`,
  keepalive_requests: `${HSL} upstream`,
  keepalive_time: `${HSL} upstream`,
  keepalive_min_timeout: HSL,
  keepalive_disable: HSL,
  client_max_body_size: HSL,
  client_body_timeout: HSL,
  client_header_timeout: HS,
  client_body_buffer_size: HSL,
  large_client_header_buffers: HS,
  send_timeout: HSL,
  lingering_close: HSL,
  lingering_time: HSL,
  lingering_timeout: HSL,
  reset_timedout_connection: HSL,
  resolver: `${HSL} upstream`,
  resolver_timeout: `${HSL} upstream`,
  server_tokens: HSL,
  underscores_in_headers: HS,
  limit_except: 'location',
  // modules
  access_log: `${HSLI} limit_except stream`,
  log_format: `${H} stream`,
  gzip: HSLI,
  gzip_types: HSL,
  gzip_vary: HSL,
  gzip_proxied: HSL,
  gzip_comp_level: HSL,
  gzip_min_length: HSL,
  ssl_certificate: `${HS} stream mail`,
  ssl_certificate_key: `${HS} stream mail`,
  ssl_protocols: `${HS} stream mail`,
  ssl_ciphers: `${HS} stream mail`,
  ssl_prefer_server_ciphers: `${HS} stream mail`,
  ssl_session_cache: `${HS} stream mail`,
  ssl_session_timeout: `${HS} stream mail`,
  add_header: HSLI,
  expires: HSLI,
  map: `${H} stream`,
  geo: `${H} stream`,
  split_clients: `${H} stream`,
  upstream: `${H} stream`,
  if: 'server location',
  set: REWRITE,
  rewrite: REWRITE,
  return: REWRITE,
  break: REWRITE,
  allow: `${HSL} limit_except stream`,
  deny: `${HSL} limit_except stream`,
  limit_req: HSL,
  limit_req_zone: H,
  limit_conn: `${HSL} stream`,
  limit_conn_zone: `${H} stream`,
  auth_basic: `${HSL} limit_except`,
  auth_request: HSL,
  stub_status: 'server location',
  real_ip_header: HSL,
  set_real_ip_from: HSL,
  // proxy
  proxy_pass: 'location if in location limit_except stream',
  proxy_set_header: HSL,
  proxy_http_version: HSL,
  proxy_read_timeout: HSL,
  proxy_send_timeout: HSL,
  proxy_connect_timeout: `${HSL} stream`,
  proxy_next_upstream: `${HSL} stream`,
  proxy_next_upstream_tries: `${HSL} stream`,
  proxy_next_upstream_timeout: `${HSL} stream`,
  proxy_buffering: HSL,
  proxy_buffers: HSL,
  proxy_buffer_size: `${HSL} stream`,
  proxy_redirect: HSL,
  proxy_cache: HSL,
  proxy_cache_path: H,
  proxy_hide_header: HSL,
  proxy_pass_header: HSL,
  proxy_ignore_client_abort: HSL,
  proxy_intercept_errors: HSL,
  proxy_ssl_server_name: `${HSL} stream`,
  proxy_ssl_verify: `${HSL} stream`,
  proxy_timeout: 'stream',
  fastcgi_pass: 'location if in location',
  fastcgi_param: HSL,
  fastcgi_read_timeout: HSL,
  uwsgi_pass: 'location if in location',
  grpc_pass: 'location if in location',
  grpc_read_timeout: HSL,
  // upstream
  keepalive: 'upstream',
  zone: 'upstream',
  least_conn: 'upstream',
  ip_hash: 'upstream',
  hash: 'upstream',
  random: 'upstream',
  // OpenResty (not in the nginx.org index)
  lua_package_path: '',
  lua_shared_dict: '',
  init_by_lua_block: '',
  init_worker_by_lua_block: '',
  set_by_lua_block: '',
  rewrite_by_lua_block: '',
  access_by_lua_block: '',
  content_by_lua_block: '',
  header_filter_by_lua_block: '',
  body_filter_by_lua_block: '',
  log_by_lua_block: '',
  balancer_by_lua_block: '',
  ssl_certificate_by_lua_block: '',
};

const CONTEXTS: ReadonlyMap<string, ReadonlySet<string> | null> = new Map(
  Object.entries(TABLE).map(([name, ctx]) => [
    name,
    ctx === '' ? null : new Set(splitContexts(ctx)),
  ]),
);

/** Splits a context list, keeping the two-word `if in location` together. */
function splitContexts(list: string): string[] {
  return list
    .replace(/if in location/g, 'if@in@location')
    .split(' ')
    .map((c) => c.replace(/@/g, ' '));
}

/** True when `name` is a directive this parser knows. */
export const isKnownDirective = (name: string): boolean => CONTEXTS.has(name);

/** The contexts a known directive is allowed in; null when unknown or unchecked. */
export const allowedContexts = (name: string): ReadonlySet<string> | null =>
  CONTEXTS.get(name) ?? null;

/** One bit per context a directive can be allowed in (the context check runs per directive). */
const CONTEXT_BITS: Readonly<Record<Context, number>> = {
  main: 1,
  events: 2,
  http: 4,
  server: 8,
  location: 16,
  if: 32,
  'if in location': 64,
  limit_except: 128,
  upstream: 256,
  stream: 512,
  mail: 1024,
  data: 0,
  unknown: 0,
};

/** The bit of a context in `allowedContextBits` (0 for data and unknown blocks). */
export const contextBit = (context: Context): number => CONTEXT_BITS[context];

const BITS: ReadonlyMap<string, number> = new Map(
  [...CONTEXTS].flatMap(([name, allowed]) =>
    allowed === null
      ? []
      : [[name, [...allowed].reduce((m, c) => m | (CONTEXT_BITS[c as Context] ?? 0), 0)]],
  ),
);

/** `allowedContexts` as bits (`contextBit`); undefined when unknown or unchecked. */
export const allowedContextBits = (name: string): number | undefined => BITS.get(name);

/** Every directive name with its declared contexts, for tests against the official reference. */
export const listDirectiveTable = (): ReadonlyArray<[string, string[] | null]> =>
  Object.entries(TABLE).map(([n, c]) => [n, c === '' ? null : splitContexts(c)]);

/** Blocks whose children are data (`key value;` pairs), not directives. */
const DATA_BLOCKS = new Set(['map', 'geo', 'types', 'split_clients', 'charset_map', 'match']);

/** The context a block opened by `name` creates inside `parent`. */
export function childContext(parent: Context, name: string): Context {
  if (parent === 'data' || parent === 'unknown' || parent === 'stream' || parent === 'mail')
    return parent === 'data' ? 'data' : parent;
  if (DATA_BLOCKS.has(name)) return 'data';
  if (name === 'if')
    return parent === 'location' || parent === 'if in location' ? 'if in location' : 'if';
  switch (name) {
    case 'http':
    case 'events':
    case 'server':
    case 'location':
    case 'upstream':
    case 'stream':
    case 'mail':
    case 'limit_except':
      return name;
    default:
      return 'unknown';
  }
}

/**
 * Where a structural block may open. A block opening anywhere else, inside a context that one of
 * its ancestors allows, means a `}` is missing: the tree closes the blocks in between.
 */
const BLOCK_PARENTS: Readonly<Record<string, readonly Context[]>> = {
  http: ['main'],
  events: ['main'],
  stream: ['main'],
  mail: ['main'],
  server: ['main', 'http', 'stream', 'mail'],
  upstream: ['main', 'http', 'stream'],
  map: ['main', 'http', 'stream'],
  location: ['main', 'server', 'location'],
};

/** Contexts where an out-of-place structural block is taken as a missing `}`. */
const STRICT: ReadonlySet<Context> = new Set<Context>([
  'events',
  'http',
  'server',
  'location',
  'if',
  'if in location',
  'limit_except',
  'upstream',
  'data',
]);

/**
 * Whether a `name { … }` block may not open in `context` (one that nginx structure rules out).
 * Returns the allowed parents when it may not, or null when it may (or nothing is known).
 */
export function misplacedBlockParents(context: Context, name: string): readonly Context[] | null {
  const parents = ownEntry(BLOCK_PARENTS, name);
  if (!parents || !STRICT.has(context) || parents.includes(context)) return null;
  return parents;
}

/** Directives with a fixed maximum number of arguments (nginx.org syntax lines). */
const MAX_ARGS: Readonly<Record<string, number>> = {
  include: 1,
  keepalive_timeout: 2,
  keepalive_requests: 1,
  keepalive_time: 1,
  keepalive_min_timeout: 1,
  keepalive: 2,
  proxy_http_version: 1,
  proxy_read_timeout: 1,
  proxy_send_timeout: 1,
  proxy_connect_timeout: 1,
  proxy_pass: 1,
  proxy_set_header: 2,
  client_header_timeout: 1,
  client_body_timeout: 1,
  send_timeout: 1,
  worker_processes: 1,
  worker_connections: 1,
  root: 1,
  alias: 1,
};

/** The most arguments `name` takes, or undefined when unknown or unbounded. */
export const maxArguments = (name: string): number | undefined => ownEntry(MAX_ARGS, name);
