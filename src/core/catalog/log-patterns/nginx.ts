import type { LogPattern } from './types';

const NGINX = ['nginx', 'ingress-nginx'] as const;
/** Error texts are written by ngx_http_upstream.c (the "while …" context) and the OS (errno). */
const SRC = 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_upstream.c';

/** nginx error log lines about its upstream (and its own client) connections. */
export const NGINX_PATTERNS: readonly LogPattern[] = [
  {
    id: 'nginx/upstream-prematurely-closed-header',
    source: 'nginx-error-log',
    reporters: NGINX,
    facing: 'upstream',
    match: {
      kind: 'text',
      all: ['upstream prematurely closed connection', 'while reading response header'],
    },
    meaning: 'upstream-closed',
    race: true,
    explanation:
      'nginx sent the request on a kept-alive upstream connection and read end-of-file before any response header: the upstream had closed it while idle.',
    doc: SRC,
    verified: true,
  },
  {
    id: 'nginx/upstream-prematurely-closed-body',
    source: 'nginx-error-log',
    reporters: NGINX,
    facing: 'upstream',
    match: { kind: 'text', all: ['upstream prematurely closed connection'] },
    meaning: 'upstream-closed-mid-response',
    race: false,
    explanation:
      'The upstream closed the connection after the response had begun (while reading the body): a crash, a restart or a body-size limit, not an idle close.',
    doc: SRC,
    verified: true,
  },
  {
    id: 'nginx/recv-reset-header',
    source: 'nginx-error-log',
    reporters: NGINX,
    facing: 'upstream',
    match: {
      kind: 'text',
      all: ['(104: Connection reset by peer)', 'while reading response header from upstream'],
    },
    meaning: 'upstream-reset',
    race: true,
    explanation:
      'The upstream answered the request with RST before any header: it had closed the idle connection and the request arrived on a dead socket.',
    doc: SRC,
    verified: true,
  },
  {
    id: 'nginx/broken-pipe-sending',
    source: 'nginx-error-log',
    reporters: NGINX,
    facing: 'upstream',
    match: {
      kind: 'text',
      all: ['(32: Broken pipe)', 'upstream'],
      any: ['writev() failed', 'send() failed', 'sendfile() failed', 'write() failed'],
    },
    meaning: 'write-after-close',
    race: true,
    explanation:
      'nginx wrote the request into an upstream connection the upstream had already closed (EPIPE): the keep-alive race caught while sending.',
    doc: SRC,
    verified: true,
  },
  {
    id: 'nginx/recv-reset-body',
    source: 'nginx-error-log',
    reporters: NGINX,
    facing: 'upstream',
    match: { kind: 'text', all: ['(104: Connection reset by peer)', 'upstream'] },
    meaning: 'upstream-reset',
    race: 'maybe',
    explanation:
      'The upstream reset the connection after the response had begun or while nginx sent the body: a crash or a proxy in between as often as the race.',
    doc: SRC,
    verified: true,
  },
  {
    id: 'nginx/upstream-timed-out',
    source: 'nginx-error-log',
    reporters: NGINX,
    facing: 'upstream',
    match: { kind: 'text', all: ['upstream timed out', '(110: '] },
    meaning: 'upstream-timeout',
    race: false,
    explanation:
      'proxy_read_timeout / proxy_connect_timeout expired: the upstream was too slow, the connection was alive.',
    doc: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout',
    verified: true,
  },
  {
    id: 'nginx/connect-refused',
    source: 'nginx-error-log',
    reporters: NGINX,
    facing: 'upstream',
    match: { kind: 'text', all: ['connect() failed', 'while connecting to upstream'] },
    meaning: 'connect-failed',
    race: false,
    explanation:
      'A new connection to the upstream could not be opened (refused or unreachable): the upstream is down, not racing.',
    doc: SRC,
    verified: true,
  },
  {
    id: 'nginx/no-live-upstreams',
    source: 'nginx-error-log',
    reporters: NGINX,
    facing: 'upstream',
    match: { kind: 'text', all: ['no live upstreams'] },
    meaning: 'connect-failed',
    race: false,
    explanation:
      'Every server of the upstream group is marked failed (max_fails): no connection was tried.',
    doc: 'https://nginx.org/en/docs/http/ngx_http_upstream_module.html#max_fails',
    verified: true,
  },
  {
    id: 'nginx/client-prematurely-closed',
    source: 'nginx-error-log',
    reporters: NGINX,
    facing: 'downstream',
    match: { kind: 'text', all: ['client prematurely closed connection'] },
    meaning: 'downstream-closed',
    race: false,
    explanation:
      "nginx's own client went away before the response was sent (logged as 499): a client timeout or a user leaving.",
    doc: SRC,
    verified: true,
  },
];
