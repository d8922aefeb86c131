import { clientErrors, has, hasAny } from './clients';
import type { LogPattern } from './types';

const APACHE = clientErrors('java', ['apache-httpclient5', 'apache-httpclient4']);
const NETTY = clientErrors('java', ['reactor-netty', 'spring-boot-netty']);
const OKHTTP = clientErrors('java', ['okhttp']);
const JDK = clientErrors('java', ['jdk-httpclient']);
const ANY = clientErrors('java', [
  'apache-httpclient5',
  'apache-httpclient4',
  'okhttp',
  'jdk-httpclient',
  'reactor-netty',
  'spring-boot-netty',
]);
const HC5 =
  'https://hc.apache.org/httpcomponents-core-5.2.x/current/httpcore5/apidocs/org/apache/hc/core5/http/NoHttpResponseException.html';
const NETTY_DOC =
  'https://projectreactor.io/docs/netty/release/reference/http-client.html#connection-pool-timeout';
const SOCKET =
  'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/net/SocketException.html';

/** Java HTTP client exceptions as they appear in stack traces and log lines. */
export const JAVA_PATTERNS: readonly LogPattern[] = [
  APACHE(
    'no-http-response',
    has('NoHttpResponseException'),
    'upstream-closed',
    true,
    'The target server failed to respond: HttpClient reused a pooled connection the server had closed while idle, and read end-of-stream.',
    HC5,
  ),
  NETTY(
    'premature-close-before',
    has('Connection prematurely closed BEFORE response'),
    'upstream-closed',
    true,
    'Reactor Netty PrematureCloseException: the server closed a pooled connection before any response — the pool has no idle limit (maxIdleTime) by default.',
    NETTY_DOC,
  ),
  NETTY(
    'premature-close-during',
    has('Connection prematurely closed DURING response'),
    'upstream-closed-mid-response',
    false,
    'The server closed the connection after the response had begun.',
    NETTY_DOC,
  ),
  OKHTTP(
    'unexpected-end-of-stream',
    has('unexpected end of stream on'),
    'upstream-closed',
    true,
    'OkHttp read end-of-stream instead of a status line on a pooled connection: the server closed it while idle.',
    'https://square.github.io/okhttp/features/connections/',
    false,
  ),
  JDK(
    'no-bytes',
    has('header parser received no bytes'),
    'upstream-closed',
    true,
    'java.net.http read no bytes of the response on a pooled connection: the server had closed it.',
    'https://docs.oracle.com/en/java/javase/21/docs/api/java.net.http/java/net/http/HttpClient.html',
    false,
  ),
  ANY(
    'connection-reset',
    has('SocketException: Connection reset'),
    'upstream-reset',
    'maybe',
    'The server or a middlebox reset the connection: the race on a reused connection, or a crash.',
    SOCKET,
  ),
  ANY(
    'broken-pipe',
    hasAny('SocketException: Broken pipe', 'IOException: Broken pipe'),
    'write-after-close',
    'maybe',
    'The request was written into a connection the server had closed.',
    SOCKET,
  ),
  ANY(
    'refused',
    has('ConnectException: Connection refused'),
    'connect-failed',
    false,
    'Nothing listens on the server port.',
    'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/net/ConnectException.html',
  ),
  ANY(
    'read-timeout',
    hasAny(
      'SocketTimeoutException: Read timed out',
      'ReadTimeoutException',
      'HttpTimeoutException',
    ),
    'upstream-timeout',
    false,
    'A read timeout expired: a slow server, not a closed connection.',
    'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/net/SocketTimeoutException.html',
  ),
];
