/**
 * Chains of __fixtures__/chains the tool still gets wrong, each with why. The fixture keeps the
 * RIGHT expectation (worked out from the docs); chain-fixtures.test.ts fails when one starts
 * passing, so this list only shrinks.
 */
export const KNOWN_WRONG: Record<string, string> = {
  'nginx-proxy-pass-hostname-unused-upstream-block':
    'the nginx node is built from `upstream legacy_app`, which nothing proxy_passes to, instead of the ' +
    'server block that serves the requests: its server side becomes the 75 s default (not the ' +
    'server-level keepalive_timeout 65s; the http-level 30 is not even inherited) and the unused ' +
    "upstream's pool makes hop 1 reuse connections, although proxy_pass http://app:8000 names a " +
    'host with no upstream {} block (no reuse in any nginx version) → risk instead of ok',
  'terraform-helm-release-yamlencode-set-wins':
    'helm_release values written as yamlencode({ controller = { config = { ... } } }) are not ' +
    'read: keep-alive "120" falls back to the 75 s default (the set block for ' +
    'upstream-keepalive-timeout is read, so hop 1 is right)',
  'code-go-idle-constant-in-other-file':
    'defaults.go (same package, holds the idleTimeout constant) is rejected as "no keep-alive settings found" → exit 2; the constant should resolve across pasted files to 30 s (risk behind the ALB)',
  'code-node-config-object-resolved-from-config-file':
    'config.js (the required ./config module exporting http.keepAliveTimeout: 75 * 1000) is rejected as "no keep-alive settings found" → exit 2; the field should resolve across pasted files to 75000 ms (76 s with the buffer, ok)',
  'code-java-timevalue-constant-in-other-class':
    'HttpDefaults.java (a constants class, static-imported KEEP_ALIVE_SECONDS = 20) is "unknown config format" → exit 2; the constant should resolve across pasted files to 20 s (ok against nginx 75s)',
  'code-go-scopes-local-shadows-package-var':
    'IdleTimeout: idleTimeout takes the package-level var (30 s) instead of the local idleTimeout := 90 * time.Second in main that shadows it → risk instead of ok',
  'code-httpclient4-custom-strategy-lambda-to-tomcat':
    'a custom ConnectionKeepAliveStrategy lambda returning the constant 30 * 1000L (ms) is read as unknown "keepAlive"; its value is in the file: 30 s → ok against Tomcat 75 s',
};
