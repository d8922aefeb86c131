/**
 * Chains of __fixtures__/chains the tool still gets wrong, each with why. The fixture keeps the
 * RIGHT expectation (worked out from the docs); chain-fixtures.test.ts fails when one starts
 * passing, so this list only shrinks.
 */
export const KNOWN_WRONG: Record<string, string> = {};
