/**
 * Chains of __fixtures__/chains the tool still gets wrong, each with why. The fixture keeps the
 * RIGHT expectation (worked out from the docs); chain-fixtures.test.ts fails when one starts
 * passing, so this list only shrinks. Most wait on parser work in progress on main.
 */
export const KNOWN_WRONG: Record<string, string> = {
  'agentkeepalive-defaults-to-uvicorn':
    'node parser: agentkeepalive agents are not read (freeSocketTimeout default 4 s), so the client file yields no node',
  'agentkeepalive-https-agent-through-alb':
    'node parser: agentkeepalive HttpsAgent freeSocketTimeout is not read; the file yields nothing',
  'go-option-struct-unknown':
    'go parser: IdleTimeout = opts.IdleTimeout is skipped (a warning) instead of an unknown value, so the ReadTimeout fallback gives "no limit" and a false ok',
  'go-scopes-same-name-variable':
    'go parser: s.IdleTimeout set on a stats collector named s in another function lands on the http.Server s (5 min instead of the 15 s ReadTimeout fallback): a false ok',
  'gunicorn-env-default-keepalive-compose':
    'python parser: the compose command (folded scalar) is read without --worker-class gthread and --keep-alive ${GUNICORN_KEEPALIVE:-75}: sync worker at 2 s instead of 75 s',
  'java-parameter-timevalue-unknown':
    'java-client parser: TimeValue.ofSeconds(keepAliveSeconds) from a method parameter is dropped, so the 3 min default is used instead of unknown',
  'node-config-object-unknown':
    'node parser: server.keepAliveTimeout = config.http.keepAliveTimeoutMs is skipped (a warning) instead of an unknown value, so the 5 s default gives a false risk',
  'spring-cloud-gateway-pool-to-tomcat':
    'spring parser/catalog: WebFlux (Reactor Netty server) and spring.cloud.gateway.httpclient.pool.* are not mapped; the gateway is read as Tomcat with no client side (exit 2)',
  'spring-tomcat-customizer-java':
    'no reader for a TomcatConnectorCustomizer setKeepAliveTimeout in Java code; the file yields nothing (exit 2)',
  'spring-webflux-netty-idle-behind-alb':
    'spring parser/catalog: server.netty.idle-timeout has no catalog module (Reactor Netty server), so the file yields no node',
};
