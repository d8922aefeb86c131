import { clientErrors, has, hasAny } from './clients';
import type { LogPattern } from './types';

const HTTP = ['node-agent', 'undici'] as const;
const UNDICI = ['undici'] as const;
const ERRORS = 'https://nodejs.org/api/errors.html#common-system-errors';
const http = clientErrors('node', HTTP);
const undici = clientErrors('node', UNDICI);
const UNDICI_ERRORS = 'https://github.com/nodejs/undici/blob/main/docs/docs/api/Errors.md';

/** Node.js http (Agent) and undici (fetch) client errors. */
export const NODE_PATTERNS: readonly LogPattern[] = [
  undici(
    'undici-other-side-closed',
    has('other side closed'),
    'upstream-closed',
    true,
    "undici SocketError (UND_ERR_SOCKET): the server closed the kept-alive socket while undici was sending or waiting — the race when the server's keep-alive is shorter than undici's.",
    UNDICI_ERRORS,
  ),
  http(
    'socket-hang-up',
    has('socket hang up'),
    'upstream-closed',
    true,
    'The socket closed before any response (ECONNRESET "socket hang up"): on a reused Agent socket, the server\'s idle close (nodejs/node#20256).',
    'https://nodejs.org/api/http.html#requestreusedsocket',
  ),
  http(
    'econnreset',
    hasAny('read ECONNRESET', 'ECONNRESET'),
    'upstream-reset',
    'maybe',
    'ECONNRESET: the peer reset the connection — the race on a reused socket, or a crash or middlebox.',
    ERRORS,
  ),
  http(
    'epipe',
    hasAny('write EPIPE', 'EPIPE'),
    'write-after-close',
    'maybe',
    'EPIPE: the request was written into a socket the server had closed.',
    ERRORS,
  ),
  http(
    'econnrefused',
    has('ECONNREFUSED'),
    'connect-failed',
    false,
    'ECONNREFUSED: nothing listens on the server port.',
    ERRORS,
  ),
  http(
    'timeout',
    hasAny('UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT'),
    'upstream-timeout',
    false,
    'A timeout expired (undici headersTimeout/bodyTimeout or the OS): a slow server.',
    UNDICI_ERRORS,
  ),
  http(
    'connect-timeout',
    hasAny('UND_ERR_CONNECT_TIMEOUT', 'ENOTFOUND', 'EHOSTUNREACH'),
    'connect-failed',
    false,
    'No connection could be opened (connect timeout, unknown host, unreachable).',
    UNDICI_ERRORS,
  ),
];
