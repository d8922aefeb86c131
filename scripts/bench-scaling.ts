/**
 * `npm run bench -- scaling` (or `npx tsx scripts/bench-scaling.ts [filter…]`): times every parser
 * on every scaling family at n, 2n, 4n and 8n (best of 3 to 7 interleaved rounds after a warm-up), fits the growth exponent
 * (least squares of log t against log n) and fails when it is above 1.3. n is doubled from the
 * family's start until the 8n run takes at least 50 ms, so small timer noise does not decide.
 */
import { PARSERS } from '../src/core/parsers/registry';
import { FAMILIES, type ScalingFamily } from '../src/core/parsers/testing/scaling';

const LIMIT = 1.3;
const MIN_8N_MS = 50;
const START_N = 8;
const MAX_N = 1 << 20;

function runner(family: ScalingFamily): ((n: number) => number) | undefined {
  const parser = PARSERS.find((p) => p.id === family.parser);
  if (!parser) return undefined;
  return (n) => {
    const files = family.make(n);
    const started = performance.now();
    const first = files[0];
    if (family.stage === 'detect') for (const file of files) parser.detect(file.text, file.name);
    else if (family.stage === 'parse-each') for (const file of files) parser.parse(file, { files });
    else if (first) parser.parse(first, { files });
    return performance.now() - started;
  };
}

/** Least-squares slope of log t against log n. */
function exponent(points: readonly { n: number; ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.n));
  const ys = points.map((p) => Math.log(Math.max(p.ms, 0.01)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] ?? 0) - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? 0 : num / den;
}

/**
 * Times n, 2n, 4n, 8n in interleaved rounds (a stall of the shared machine then hits one round,
 * not one size) and keeps each size's best: at least 3 rounds, up to 7 while they are fast.
 */
function measure(run: (n: number) => number, start = START_N): { n: number; ms: number }[] {
  let n = start;
  run(n); // warm-up: JIT and regex compilation
  while (n < MAX_N && Math.min(run(8 * n), run(8 * n)) < MIN_8N_MS) n *= 2;
  const sizes = [n, 2 * n, 4 * n, 8 * n];
  const best = sizes.map(() => Infinity);
  const started = performance.now();
  for (let round = 0; round < 7 && (round < 3 || performance.now() - started < 600); round++)
    sizes.forEach((size, i) => {
      best[i] = Math.min(best[i] ?? Infinity, run(size));
    });
  return sizes.map((size, i) => ({ n: size, ms: best[i] ?? 0 }));
}

const filters = process.argv.slice(2);
const chosen = FAMILIES.filter(
  (f) => filters.length === 0 || filters.some((w) => f.parser === w || f.name.includes(w)),
);
let failed = 0;
const started = performance.now();
console.log(
  `${'family'.padEnd(40)} ${'parser'.padEnd(14)} ${'n'.padStart(8)}  times (ms) n·2n·4n·8n           exp  result`,
);
for (const family of chosen) {
  const run = runner(family);
  if (!run) {
    console.log(`${family.name.padEnd(40)} ${family.parser.padEnd(14)} no such parser  FAIL`);
    failed++;
    continue;
  }
  let points = measure(run);
  let k = exponent(points);
  // Runs of a quarter second and more are not noise: only short ones are measured again.
  for (let retry = 0; retry < 2 && k > LIMIT && (points[3]?.ms ?? 0) < 250; retry++) {
    // A shared machine can stall one size: measure again, on larger sizes (less timer and GC noise).
    const again = measure(run, 2 * (points[0]?.n ?? START_N));
    if (exponent(again) < k) [points, k] = [again, exponent(again)];
  }
  const pass = k <= LIMIT;
  if (!pass) failed++;
  const times = points.map((p) => p.ms.toFixed(1).padStart(7)).join(' ');
  console.log(
    `${family.name.padEnd(40)} ${family.parser.padEnd(14)} ${String(points[0]?.n).padStart(8)} ${times}  ${k.toFixed(2).padStart(5)}  ${pass ? 'PASS' : 'FAIL'}`,
  );
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(
  `scaling: ${chosen.length - failed} of ${chosen.length} families at most n^${LIMIT} (${seconds} s)`,
);
process.exit(failed > 0 ? 1 : 0);
