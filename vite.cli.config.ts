import { defineConfig } from 'vite';

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
