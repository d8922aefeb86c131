#!/usr/bin/env node
// `npm run bench`: every performance target of the product, measured on this machine.
// Prints one line per target with PASS/FAIL and exits 1 when any target is missed.
// `npm run bench -- <target>…` runs only the named targets.
//   analysis   a 10-node chain re-analysed after an edit within one frame (16 ms)
//   race       1 000 000 simulated requests in under a second of CPU
//   nginx      extracting an ~85 000-line nginx.conf, whole process, within 1.3× `nginx -t` on
//              the same file (the limit; the goal is 1.0×)
//   bundle     initial JS + CSS of the app ≤ 160 kB gzip
//   edit       in the app, an edit of a 10-node chain re-analysed and in the DOM within a frame
//   timeline   ≥ 55 fps median while a 10-hop chain plays, no long task over 50 ms
//   scaling    every parser on every input family grows at most as n^1.3 (n, 2n, 4n, 8n)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateBigNginx } from './gen-big-nginx.mjs';

const results = [];
const record = (name, pass, detail) => {
  results.push({ name, pass });
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${name.padEnd(9)} ${detail}`);
};
const tsx = (script) => spawnSync('npx', ['tsx', script], { encoding: 'utf8' });

function ensureBuilt() {
  if (!existsSync('dist/index.html') || !existsSync('dist-cli/timeout-chain.cjs'))
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}

function benchAnalysis() {
  const r = tsx('scripts/bench-analysis.ts');
  const m = /median ([\d.]+) ms, p95 ([\d.]+) ms/.exec(r.stdout);
  record(
    'analysis',
    r.status === 0 && !!m && Number(m[1]) < 16,
    m ? `${m[0]} (budget: median under 16 ms)` : r.stderr.trim(),
  );
}

function benchRace() {
  const r = tsx('scripts/bench-race.ts');
  const last = r.stdout.trim().split('\n').filter(Boolean);
  record('race', r.status === 0, last.join(' | ') || r.stderr.trim());
}

function runTimed(cmd, args, opts = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, r };
}

/**
 * The best of `rounds` runs of each command, run in turns (a, b, a, b, …) so that both meet the
 * same machine: whatever else is busy (this process's own garbage collection after writing the
 * input, another job) weighs on both alike instead of on whichever runs first.
 */
function timePair(a, b, rounds = 7) {
  const best = [null, null];
  for (let i = 0; i < rounds; i++)
    [a, b].forEach(([cmd, args], k) => {
      const run = runTimed(cmd, args);
      if (best[k] === null || run.ms < best[k].ms) best[k] = run;
    });
  return best;
}

/** Extracting may take this many times `nginx -t` on the same file (issue: within 1.3×). */
const NGINX_LIMIT = 1.3;

function benchNginx() {
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
  const dir = mkdtempSync(join(tmpdir(), 'tc-bench-'));
  try {
    const conf = join(dir, 'nginx.conf');
    writeFileSync(conf, generateBigNginx());
    const lines = readFileSync(conf, 'utf8').split('\n').length;
    const extract = ['node', ['bin/timeout-chain.js', 'extract', '--format', 'json', conf]];
    const check = [nginx, ['-t', '-q', '-p', dir, '-c', conf]];
    const [ours, theirs] = nginx ? timePair(extract, check) : [runTimed(...extract), null];
    const nodes = (() => {
      try {
        return JSON.parse(ours.r.stdout).files[0].nodes.length;
      } catch {
        return 0;
      }
    })();
    if (!nginx || !theirs) {
      record(
        'nginx',
        false,
        `extract ${ours.ms.toFixed(0)} ms for ${lines} lines (${nodes} nodes); nginx not installed`,
      );
      return;
    }
    const ratio = ours.ms / theirs.ms;
    record(
      'nginx',
      ratio <= NGINX_LIMIT && nodes >= 5000,
      `extract ${ours.ms.toFixed(0)} ms vs nginx -t ${theirs.ms.toFixed(0)} ms (ratio ${ratio.toFixed(2)}; limit ${NGINX_LIMIT}, goal 1.0) on ${lines} lines, ${nodes} nodes${theirs.r.status === 0 ? '' : ` (nginx -t exit ${theirs.r.status}: ${theirs.r.stderr.trim().split('\n').pop()})`}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function benchBundle() {
  const html = readFileSync('dist/index.html', 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1],
  );
  let total = 0;
  for (const ref of refs) total += gzipSync(readFileSync(join('dist', ref))).length;
  const kb = total / 1024;
  record(
    'bundle',
    refs.length > 0 && kb <= 160,
    `initial JS+CSS ${kb.toFixed(1)} kB gzip over ${refs.length} files (budget 160 kB)`,
  );
}

function benchEdit() {
  const r = spawnSync('node', ['scripts/bench-edit.mjs'], { encoding: 'utf8' });
  const out = r.stdout.trim().split('\n').filter(Boolean).pop() ?? r.stderr.trim();
  record('edit', r.status === 0, out);
}

function benchTimeline() {
  if (!existsSync('scripts/bench-timeline.mjs')) {
    record('timeline', false, 'scripts/bench-timeline.mjs missing');
    return;
  }
  const r = spawnSync('node', ['scripts/bench-timeline.mjs'], { encoding: 'utf8' });
  const out = r.stdout.trim().split('\n').filter(Boolean).pop() ?? r.stderr.trim();
  record('timeline', r.status === 0, out);
}

function benchScaling() {
  const r = spawnSync('npx', ['tsx', 'scripts/bench-scaling.ts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = r.stdout.trim().split('\n').filter(Boolean);
  for (const line of lines.slice(0, -1)) console.log(`          ${line}`);
  record('scaling', r.status === 0, lines.at(-1) ?? 'no output');
}

const BENCHES = {
  analysis: benchAnalysis,
  race: benchRace,
  nginx: benchNginx,
  bundle: benchBundle,
  edit: benchEdit,
  timeline: benchTimeline,
  scaling: benchScaling,
};
/** Targets that measure the built app or CLI; the others run from source. */
const NEEDS_BUILD = ['nginx', 'bundle', 'edit', 'timeline'];
// `npm run bench -- nginx race` runs only those targets.
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in BENCHES));
if (unknown.length > 0) {
  console.error(
    `unknown target(s): ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`,
  );
  process.exit(2);
}
if (wanted.length === 0 || wanted.some((w) => NEEDS_BUILD.includes(w))) ensureBuilt();
for (const [name, bench] of Object.entries(BENCHES))
  if (wanted.length === 0 || wanted.includes(name)) bench();
const failed = results.filter((r) => !r.pass).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
