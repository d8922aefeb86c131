/**
 * Chains of __fixtures__/chains the tool still gets wrong, each with why. The fixture keeps the
 * RIGHT expectation (worked out from the docs); chain-fixtures.test.ts fails when one starts
 * passing, so this list only shrinks.
 */
export const KNOWN_WRONG: Record<string, string> = {
  'terraform-helm-release-yamlencode-set-wins':
    'helm_release values written as yamlencode({ controller = { config = { ... } } }) are not ' +
    'read: keep-alive "120" falls back to the 75 s default (the set block for ' +
    'upstream-keepalive-timeout is read, so hop 1 is right)',
};
