import type { RetrySnippet } from './types';

const GO: RetrySnippet = {
  language: 'go',
  title:
    "Go's Transport retries idempotent requests itself; mark a safe POST idempotent so it does too",
  code: `// net/http treats a request carrying Idempotency-Key (or X-Idempotency-Key) as idempotent
// and replays it on a fresh connection when a reused one was closed under it.
req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, body)
if err != nil {
	return nil, err
}
req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(payload)), nil }
req.Header.Set("Idempotency-Key", requestID) // only if the server de-duplicates by this key
resp, err := client.Do(req)`,
  source:
    'https://pkg.go.dev/net/http#Transport (isReplayable: Idempotency-Key / X-Idempotency-Key)',
};

const HC5: RetrySnippet = {
  language: 'java',
  title:
    'Apache HttpClient 5: retry idempotent requests up to 3 times (the default strategy retries once)',
  code: `import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.util.TimeValue;

CloseableHttpClient client = HttpClients.custom()
    .setConnectionManager(connectionManager)
    // retries idempotent methods after NoHttpResponseException, connection resets and the like
    .setRetryStrategy(new DefaultHttpRequestRetryStrategy(3, TimeValue.ofMilliseconds(100)))
    .evictIdleConnections(TimeValue.ofSeconds(55))
    .build();`,
  source:
    'https://hc.apache.org/httpcomponents-client-5.4.x/current/httpclient5/apidocs/org/apache/hc/client5/http/impl/DefaultHttpRequestRetryStrategy.html',
};

const SPRING_RETRY: RetrySnippet = {
  language: 'java',
  title: 'Spring Retry around a RestTemplate call (idempotent calls only)',
  code: `@Retryable(
    retryFor = ResourceAccessException.class, // I/O errors: connection reset, broken pipe
    maxAttempts = 3,
    backoff = @Backoff(delay = 100))
public Data fetchData() { // a GET: safe to repeat
  return restTemplate.getForObject("/api/data", Data.class);
}`,
  source: 'https://github.com/spring-projects/spring-retry#readme; seed article "Spring Retry"',
};

const OKHTTP: RetrySnippet = {
  language: 'kotlin',
  title:
    'OkHttp retries any method after a reset (retryOnConnectionFailure, on by default): keep it for idempotent calls, turn it off where a POST must not repeat',
  code: `val client = OkHttpClient.Builder()
    .retryOnConnectionFailure(true) // default; false for clients that send non-idempotent POSTs
    .connectionPool(ConnectionPool(5, 55, TimeUnit.SECONDS)) // idle keep-alive below the server's
    .build()`,
  source:
    'https://square.github.io/okhttp/5.x/okhttp/okhttp3/-ok-http-client/-builder/retry-on-connection-failure.html',
};

const URLLIB3: RetrySnippet = {
  language: 'python',
  title: 'requests: mount an HTTPAdapter with urllib3 Retry (requests retries nothing by default)',
  code: `import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

retry = Retry(
    total=3,
    read=3,  # a reset on a reused connection is a read error (ProtocolError)
    backoff_factor=0.1,
    allowed_methods=Retry.DEFAULT_ALLOWED_METHODS,  # idempotent methods only
)
session = requests.Session()
session.mount("http://", HTTPAdapter(max_retries=retry))
session.mount("https://", HTTPAdapter(max_retries=retry))`,
  source: 'https://urllib3.readthedocs.io/en/stable/reference/urllib3.util.html#urllib3.util.Retry',
};

const UNDICI: RetrySnippet = {
  language: 'js',
  title: 'undici / fetch: a RetryAgent retries idempotent methods after ECONNRESET',
  code: `import { Agent, RetryAgent, setGlobalDispatcher } from 'undici';

const dispatcher = new RetryAgent(new Agent({ keepAliveTimeout: 4_000 }), {
  maxRetries: 3,
  minTimeout: 100,
  methods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE'], // idempotent only
  errorCodes: ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'],
});
setGlobalDispatcher(dispatcher); // or pass { dispatcher } to fetch/request`,
  source: 'https://undici.nodejs.org/#/docs/api/RetryAgent',
};

const NODE_AGENT: RetrySnippet = {
  language: 'js',
  title: 'Node http: retry an idempotent request once when a reused socket was reset',
  code: `import http from 'node:http';

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

function requestWithRetry(options, attempt = 0) {
  return new Promise((resolve, reject) => {
    const req = http.request(options, resolve);
    req.on('error', (err) => {
      const method = (options.method ?? 'GET').toUpperCase();
      // reusedSocket: the request went out on a kept-alive connection the server may have closed
      if (req.reusedSocket && err.code === 'ECONNRESET' && IDEMPOTENT.has(method) && attempt < 2)
        resolve(requestWithRetry(options, attempt + 1));
      else reject(err);
    });
    req.end();
  });
}`,
  source: 'https://nodejs.org/api/http.html#requestreusedsocket',
};

/** Retry snippets by client technology id, in the technology's own language. */
export const RETRY_SNIPPETS: Readonly<Record<string, readonly RetrySnippet[]>> = {
  'go-transport': [GO],
  'apache-httpclient5': [HC5, SPRING_RETRY],
  'apache-httpclient4': [SPRING_RETRY],
  'jdk-httpclient': [SPRING_RETRY],
  okhttp: [OKHTTP],
  'python-requests': [URLLIB3],
  undici: [UNDICI],
  'node-agent': [NODE_AGENT, UNDICI],
};

/** The warning every retry advice carries. */
export const NON_IDEMPOTENT_WARNING =
  'Retry only idempotent requests (GET, HEAD, OPTIONS, PUT, DELETE) or requests the server de-duplicates by an idempotency key: a POST that reached the server before the reset may already have taken effect, and repeating it can charge, send or create twice.';
