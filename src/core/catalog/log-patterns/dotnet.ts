import { clientErrors, has, hasAny } from './clients';
import type { LogPattern } from './types';

const NET = clientErrors('dotnet', ['dotnet-http-client']);
const HTTP_ERR = 'https://learn.microsoft.com/en-us/dotnet/api/system.net.http.httprequesterror';
const SOCKETS = 'https://learn.microsoft.com/en-us/dotnet/api/system.net.sockets.socketerror';

/** .NET HttpClient (SocketsHttpHandler) exceptions. */
export const DOTNET_PATTERNS: readonly LogPattern[] = [
  NET(
    'response-ended',
    has('The response ended prematurely'),
    'upstream-closed',
    true,
    "HttpRequestError.ResponseEnded: the server closed the pooled connection before the response — PooledConnectionIdleTimeout longer than the server's keep-alive.",
    HTTP_ERR,
  ),
  NET(
    'forcibly-closed',
    hasAny(
      'An existing connection was forcibly closed by the remote host',
      'SocketException (104)',
      'SocketException (10054)',
    ),
    'upstream-reset',
    'maybe',
    'The server or a middlebox reset the connection (ECONNRESET / WSAECONNRESET).',
    SOCKETS,
  ),
  NET(
    'broken-pipe',
    hasAny('SocketException (32)'),
    'write-after-close',
    'maybe',
    'The request was written into a connection the server had closed.',
    SOCKETS,
  ),
  NET(
    'refused',
    hasAny('actively refused it', 'SocketException (111)', 'SocketException (10061)'),
    'connect-failed',
    false,
    'Nothing listens on the server port.',
    SOCKETS,
  ),
  NET(
    'timeout',
    has('HttpClient.Timeout'),
    'upstream-timeout',
    false,
    'HttpClient.Timeout (100 s by default) expired: a slow server.',
    'https://learn.microsoft.com/en-us/dotnet/api/system.net.http.httpclient.timeout',
  ),
  NET(
    'transport-read',
    has('Unable to read data from the transport connection'),
    'upstream-reset',
    'maybe',
    'The pooled connection failed under the read: usually a reset by the server or a middlebox.',
    SOCKETS,
  ),
];
