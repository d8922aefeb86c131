import { clientErrors, has, hasAny } from './clients';
import type { LogPattern } from './types';

const ANY = clientErrors('python', ['python-requests', 'httpx', 'aiohttp-client']);
const REQUESTS = clientErrors('python', ['python-requests']);
const HTTPX = clientErrors('python', ['httpx']);
const AIOHTTP = clientErrors('python', ['aiohttp-client']);
const HTTP_CLIENT =
  'https://docs.python.org/3/library/http.client.html#http.client.RemoteDisconnected';
const ERRNO = 'https://docs.python.org/3/library/exceptions.html#os-exceptions';

/** Python client exceptions (requests/urllib3 over http.client, httpx, aiohttp). */
export const PYTHON_PATTERNS: readonly LogPattern[] = [
  REQUESTS(
    'remote-disconnected',
    has('RemoteDisconnected'),
    'upstream-closed',
    true,
    'http.client.RemoteDisconnected: the server closed the connection without a response — on a pooled urllib3 connection (no idle limit), the race.',
    HTTP_CLIENT,
  ),
  HTTPX(
    'server-disconnected-without-response',
    has('Server disconnected without sending a response'),
    'upstream-closed',
    true,
    'httpx RemoteProtocolError: the server closed the pooled connection before a response.',
    'https://www.python-httpx.org/exceptions/',
    false,
  ),
  AIOHTTP(
    'server-disconnected',
    has('ServerDisconnectedError'),
    'upstream-closed',
    true,
    'aiohttp ServerDisconnectedError: the server closed a kept-alive connection under the request.',
    'https://docs.aiohttp.org/en/stable/client_reference.html#aiohttp.ServerDisconnectedError',
  ),
  ANY(
    'incomplete-read',
    has('IncompleteRead'),
    'upstream-closed-mid-response',
    false,
    'The connection ended part-way through the body.',
    'https://docs.python.org/3/library/http.client.html#http.client.IncompleteRead',
  ),
  ANY(
    'connection-reset',
    hasAny('ConnectionResetError', '[Errno 104] Connection reset by peer'),
    'upstream-reset',
    'maybe',
    'ECONNRESET (errno 104): the server or a middlebox reset the connection.',
    ERRNO,
  ),
  ANY(
    'broken-pipe',
    hasAny('BrokenPipeError', '[Errno 32] Broken pipe'),
    'write-after-close',
    'maybe',
    'EPIPE (errno 32): the request was written into a connection the server had closed.',
    ERRNO,
  ),
  ANY(
    'refused',
    hasAny('ConnectionRefusedError', '[Errno 111] Connection refused'),
    'connect-failed',
    false,
    'ECONNREFUSED (errno 111): nothing listens on the server port.',
    ERRNO,
  ),
  ANY(
    'read-timeout',
    hasAny('ReadTimeout', 'Read timed out'),
    'upstream-timeout',
    false,
    'The read timeout expired: a slow server.',
    'https://requests.readthedocs.io/en/latest/user/advanced/#timeouts',
  ),
];
