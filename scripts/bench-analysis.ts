/**
 * Benchmark: one edit of a 10-node chain re-analysed (verdicts + fix plan) must fit in a frame (16 ms).
 * Prints the median and p95 over repeated runs of analyzeChain on a chain where most hops race.
 */
import { analyzeChain } from '../src/core/analysis/engine';
import { chainOf } from '../src/core/analysis/test-chain';
import type { Chain } from '../src/core/model/chain';

const chain = chainOf([
  'go-transport',
  'aws-alb',
  'nginx@1.29.7',
  'ingress-nginx',
  'aws-alb',
  'nginx@1.29.7',
  'aws-alb',
  'nginx@1.29.7',
  'aws-alb',
  'node-http-server',
]);

/** Each run is an edit: node 5 gets a new keepalive_timeout, as a keystroke in the app would. */
function edited(i: number): Chain {
  return {
    ...chain,
    nodes: chain.nodes.map((n, k) =>
      k === 5
        ? {
            ...n,
            settings: {
              ...n.settings,
              keepalive_timeout: { value: 30_000 + i, origin: { kind: 'edit' } },
            },
          }
        : n,
    ),
  };
}

export function benchAnalysis(runs = 200): { medianMs: number; p95Ms: number } {
  for (let i = 0; i < 20; i++) analyzeChain(edited(i));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const next = edited(1000 + i);
    const t = performance.now();
    analyzeChain(next);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(runs / 2)] ?? 0, p95Ms: times[Math.floor(runs * 0.95)] ?? 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchAnalysis();
  console.log(
    `analysis, 10-node chain: median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms (budget 16 ms)`,
  );
}
