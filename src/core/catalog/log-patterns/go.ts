import { clientErrors, has, hasAny } from './clients';
import type { LogPattern } from './types';

const GO = ['go-transport'] as const;
const TRANSPORT = 'https://github.com/golang/go/blob/master/src/net/http/transport.go';
const go = clientErrors('go', GO);

/** Go net/http client errors (url.Error texts: `Post "http://…": <cause>`). */
export const GO_PATTERNS: readonly LogPattern[] = [
  go(
    'server-closed-idle',
    has('http: server closed idle connection'),
    'upstream-closed',
    true,
    'errServerClosedIdle: the Transport read EOF on a pooled connection before the response — the server closed it while idle (the race). Retried automatically only for requests Go may replay.',
    TRANSPORT,
  ),
  go(
    'eof',
    has('": EOF'),
    'upstream-closed',
    'maybe',
    'The server closed the connection (EOF) with no response: on a reused connection the race; on a new one a server that drops requests.',
    TRANSPORT,
  ),
  go(
    'unexpected-eof',
    has('unexpected EOF'),
    'upstream-closed-mid-response',
    false,
    'The connection ended part-way through a response body.',
    'https://pkg.go.dev/io#pkg-variables',
  ),
  go(
    'reset',
    has('read: connection reset by peer'),
    'upstream-reset',
    'maybe',
    'The server (or a middlebox) answered with RST: an idle close the client had not yet seen, or an L4 device that forgot the flow.',
    TRANSPORT,
  ),
  go(
    'broken-pipe',
    has('write: broken pipe'),
    'write-after-close',
    'maybe',
    'The request was written into a connection the server had already closed.',
    TRANSPORT,
  ),
  go(
    'refused',
    has('connect: connection refused'),
    'connect-failed',
    false,
    'dial failed: nothing listens on the server port.',
    'https://pkg.go.dev/net#Dialer',
  ),
  go(
    'timeout',
    hasAny('timeout awaiting response headers', 'Client.Timeout exceeded', 'i/o timeout'),
    'upstream-timeout',
    false,
    'A client timeout (ResponseHeaderTimeout, Client.Timeout or a deadline) expired: a slow server, not a closed connection.',
    'https://pkg.go.dev/net/http#Transport',
  ),
];
