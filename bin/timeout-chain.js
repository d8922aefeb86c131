#!/usr/bin/env node
// The package's `bin`: runs the bundled CLI built by `npm run build:cli` (vite.cli.config.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist-cli/timeout-chain.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'timeout-chain: the CLI is not built yet; run `npm run build` (or `npm run build:cli`) first\n',
  );
  process.exit(2);
}
await import(bundle);
