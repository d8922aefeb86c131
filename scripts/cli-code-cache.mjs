#!/usr/bin/env node
// Writes dist-cli/timeout-chain.cjs.cache: the V8 code cache bin/timeout-chain.js loads the CLI
// with. Made from one representative run on a small file (extracting a generated nginx.conf with
// 6 servers), so the functions that run then are cached too, not only the top level. Small on
// purpose: a cache written after a long run (2 000 servers) made extracting a large file ~14 ms
// slower (measured with perf stat, alternating), as if what V8 learnt about the hot functions in
// that run (optimised, deoptimised) came back with them; a short run records their bytecode only.
// Run by `npm run build:cli` after the bundle is built.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateBigNginx } from './gen-big-nginx.mjs';

const cache = 'dist-cli/timeout-chain.cjs.cache';
try {
  unlinkSync(cache);
} catch {
  // no earlier cache
}
const dir = mkdtempSync(join(tmpdir(), 'tc-cache-'));
try {
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, generateBigNginx({ upstreams: 3, servers: 6 }));
  const r = spawnSync(process.execPath, ['bin/timeout-chain.js', 'extract', conf], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, TIMEOUT_CHAIN_CODE_CACHE: 'write' },
  });
  if (r.status !== 0) {
    console.error(`cli-code-cache: the sample run failed (exit ${r.status}): ${r.stderr}`);
    process.exit(1);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
