#!/usr/bin/env node
// The package's `bin`: runs the bundled CLI built by `npm run build:cli` (vite.cli.config.ts).
// It compiles the bundle with the V8 code cache scripts/cli-code-cache.mjs made at build time,
// so a run skips parsing and compiling most of the CLI (Node 20 has no compile cache of its own).
// A cache that does not match this Node or this bundle is simply not used.
// A CommonJS script (bin/package.json): Node starts it without its ES module loader, ~6 ms sooner.
'use strict';
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const bundle = path.join(__dirname, '..', 'dist-cli', 'timeout-chain.cjs');
const cacheFile = `${bundle}.cache`;
if (!existsSync(bundle)) {
  process.stderr.write(
    'timeout-chain: the CLI is not built yet; run `npm run build` (or `npm run build:cli`) first\n',
  );
  process.exit(2);
}

const source = readFileSync(bundle, 'utf8');
const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(wrapped, { filename: bundle, cachedData });
// TIMEOUT_CHAIN_CODE_CACHE=write (the build) saves what this run compiled; =report says whether
// the saved cache was used.
const mode = process.env.TIMEOUT_CHAIN_CODE_CACHE;
if (mode === 'write') process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
if (mode === 'report')
  process.stderr.write(
    `code cache: ${cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used'}\n`,
  );
const cjsModule = { exports: {} };
script
  .runInThisContext()
  .call(
    cjsModule.exports,
    cjsModule.exports,
    createRequire(bundle),
    cjsModule,
    bundle,
    path.dirname(bundle),
  );
