/**
 * Chains of __fixtures__/chains the tool still gets wrong, each with why. The fixture keeps the
 * RIGHT expectation (worked out from the docs); chain-fixtures.test.ts fails when one starts
 * passing, so this list only shrinks.
 */
export const KNOWN_WRONG: Record<string, string> = {
  'go-option-struct-unknown':
    'catalog unknown-inputs: with IdleTimeout = opts.IdleTimeout and ReadTimeout = opts.ReadTimeout both unknown, the side names the first written (opts.ReadTimeout, the fallback) instead of IdleTimeout, the value to supply; the verdict (unknown) is right',
};
