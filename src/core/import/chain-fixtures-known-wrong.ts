/**
 * Chains of __fixtures__/chains the tool still gets wrong, each with why. The fixture keeps the
 * RIGHT expectation (worked out from the docs); chain-fixtures.test.ts fails when one starts
 * passing, so this list only shrinks.
 */
export const KNOWN_WRONG: Record<string, string> = {
  'code-node-config-object-resolved-from-config-file':
    'config.js (the required ./config module exporting http.keepAliveTimeout: 75 * 1000) is rejected as "no keep-alive settings found" → exit 2; the field should resolve across pasted files to 75000 ms (76 s with the buffer, ok)',
  'code-java-timevalue-constant-in-other-class':
    'HttpDefaults.java (a constants class, static-imported KEEP_ALIVE_SECONDS = 20) is "unknown config format" → exit 2; the constant should resolve across pasted files to 20 s (ok against nginx 75s)',
};
