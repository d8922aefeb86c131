import { defineConfig, type Plugin } from 'vite';

/**
 * Writes every character past ASCII as a `\u` escape (in strings, regular expressions and
 * comments alike, where it means the same). Node reads an ASCII file into a one-byte string, half
 * the memory of the two-byte string a single `—` in a comment forces, and the CLI starts ~6 ms
 * sooner on it. Escapes in a `String.raw` template or after a backslash would change the text: the
 * build refuses those.
 */
function asciiOnly(): Plugin {
  return {
    name: 'timeout-chain:ascii-only',
    // The last hook: the output is printed already (renderChunk's result is printed again).
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // `\—` would become `\\u2014` (a backslash, then text): refused like String.raw.
        if (/String\.raw`[^`]*[\u0080-\uffff]|\\[\u0080-\uffff]/.test(chunk.code))
          throw new Error('the CLI bundle has a non-ASCII character that cannot be escaped as \\u');
        chunk.code = chunk.code.replace(
          /[\u0080-\uffff]/g,
          (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
        );
      }
    },
  };
}

/**
 * The command line as one CommonJS file: `vite build --config vite.cli.config.ts` bundles
 * src/cli/bin.ts and every dependency into dist-cli/timeout-chain.cjs for Node 20.
 * bin/timeout-chain.js (package.json `bin`) loads it, with the V8 code cache that
 * scripts/cli-code-cache.mjs writes next to it (CommonJS because Node 20 caches no ES module).
 */
export default defineConfig({
  // No public/ copying and no index.html: this build is a Node program.
  publicDir: false,
  logLevel: 'warn',
  plugins: [asciiOnly()],
  ssr: {
    // Bundle everything: the CLI must run from a checkout with only `npm run build`.
    noExternal: true,
    target: 'node',
  },
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: { format: 'cjs', entryFileNames: 'timeout-chain.cjs', codeSplitting: false },
    },
  },
});
