/**
 * Benchmark: 1 000 000 simulated requests of one hop must take under a second of CPU.
 * Run: `npx tsx scripts/bench-race.ts` (exit 1 when over budget). Prints CPU time per run.
 */
import { pathToFileURL } from 'node:url';
import { simulateHop, type SimulationParams } from '../src/core/race/simulate';
import { GO_TO_NODE } from '../src/core/race/test-params';

/** Go → Node at 0.2 req/s plus a busier pool: exercises reuse, new connections and retries. */
const CASES: { name: string; params: SimulationParams }[] = [
  {
    name: 'Go → Node, Poisson 0.2/s',
    params: {
      ...GO_TO_NODE,
      retry: { policy: 'any-unsent', attempts: 1 },
      nonIdempotentShare: 0.1,
    },
  },
  {
    name: 'bursty 50/s, 20 ms service, FIFO, exp. δ',
    params: {
      serverIdleMs: 5000,
      clientIdleMs: null,
      rttMs: 2,
      reactionDelayMs: 10,
      reactionDelayShape: 'exponential',
      serverGranularityMs: 5,
      serverClose: 'uniform',
      finDetection: true,
      rps: 50,
      serviceMs: 20,
      serviceShape: 'exponential',
      reuseOrder: 'fifo',
      arrivals: { kind: 'bursty', onMs: 2000, offMs: 6000 },
    },
  },
];

const REQUESTS = 1_000_000;
const BUDGET_MS = 1000;

export function benchRace(): { name: string; cpuMs: number; losses: number }[] {
  return CASES.map(({ name, params }) => {
    const start = process.cpuUsage();
    const r = simulateHop(params, { seed: 1, requests: REQUESTS });
    const used = process.cpuUsage(start);
    return { name, cpuMs: (used.user + used.system) / 1000, losses: r.losses };
  });
}

/** Prints one line per case; returns false when a case is over budget. */
export function reportBenchRace(): boolean {
  const rows = benchRace();
  for (const r of rows)
    console.log(
      `race simulator: ${REQUESTS.toLocaleString('en')} requests, ${r.name}: ${r.cpuMs.toFixed(0)} ms CPU (${r.losses} losses)`,
    );
  const worst = Math.max(...rows.map((r) => r.cpuMs));
  if (worst <= BUDGET_MS) return true;
  console.error(`race simulator over budget: ${worst.toFixed(0)} ms CPU > ${BUDGET_MS} ms`);
  return false;
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href &&
  !reportBenchRace()
)
  process.exitCode = 1;
