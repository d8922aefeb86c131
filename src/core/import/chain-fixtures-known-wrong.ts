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
};
