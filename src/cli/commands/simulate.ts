import { analyzeChain } from '../../core/analysis/engine';
import { optionsOf } from '../../core/analysis/options';
import type { HopReport } from '../../core/analysis/types';
import { err, ok, type Result } from '../../core/model/result';
import { estimateHopLoss } from '../../core/race/estimate';
import { readHopRaceInput } from '../../core/race/hop-params';
import { MAX_POOL, type ReuseOrder } from '../../core/race/gap-survival';
import { simulateHop, type SimulationResult } from '../../core/race/simulate';
import { parseCommandArgs, readChoice, readDurationFlag } from '../args';
import { loadChainInputs } from '../inputs';
import type { CliIo } from '../io';
import { failUsage } from '../usage-error';

export const SIMULATE_HELP = `Usage: timeout-chain simulate [options] <input>...

Estimates how many requests each hop loses to the keep-alive race: the closed form of the race
model (idle gaps ~ Exp(λ) for one connection or most-recently-first reuse; Erlang(N, λ), i.e. λ/N
per connection, for round-robin over a pool of N) and a seeded Monte-Carlo simulation of the
client's pool, side by side.
Inputs as for \`check\`: tech:<id>[@version], chain files, config files, - for stdin.

Options:
  --rps <n>                    requests per second at the client end (default: the chain file's
                               traffic.rps, else 1)
  --rtt <duration>             round-trip time of links no chain file describes (default 1ms)
  --reaction-delay <duration>  δ, FIN reaching the client host → its pool noticing (default 10ms)
  --non-idempotent-share <x>   share 0..1 of requests a client may not retry (default: the chain
                               file's traffic.nonIdempotentShare, else 0)
  --arrivals <kind>            poisson (default) or periodic (a health check every 1/rps s)
  --pool <n>                   connections the client keeps open and reuses (default: one, opened
                               as needed)
  --reuse <order>              lifo or fifo (default: the client technology's own, from the
                               catalog: lifo for Go, Node's Agent, nginx, urllib3; fifo for
                               Reactor Netty)
  --requests <n>               simulated requests per hop (default 1000000)
  --seed <n>                   simulation seed (default 1); same seed, same result
  --format <f>                 text (default) or json
  -h, --help                   show this help

Exit codes: 0 done, 2 usage error or unreadable input.
Example: timeout-chain simulate --rps 0.2 --rtt 2ms tech:go-transport tech:node-http-server
`;

const FORMATS = ['text', 'json'] as const;

interface Settings {
  rps: number;
  nonIdempotentShare: number;
  reactionDelayMs: number;
  requests: number;
  seed: number;
  arrivals: 'poisson' | 'periodic';
  /** Null: each client technology's own order. */
  reuse: ReuseOrder | null;
  /** Null: one connection, opened as needed. */
  pool: number | null;
}

interface HopOutput {
  index: number;
  client: { node: string; tech: string; idleMs: number | null };
  server: { node: string; tech: string; idleMs: number | null };
  status: 'race' | 'no-race' | 'unknown';
  note?: string;
  params?: Record<string, number | boolean | string | null>;
  window: { startMs: number; endMs: number | null } | null;
  analytic: {
    lossProbability: number;
    lossesPerDay: number;
    userVisibleProbability: number;
    userVisiblePerDay: number;
  } | null;
  simulated:
    | (Pick<SimulationResult, 'requests' | 'losses' | 'lossProbability' | 'ci95'> &
        Pick<SimulationResult, 'retries' | 'userVisibleFailures' | 'userVisibleProbability'>)
    | null;
}

/** A number option: finite, within its range, a whole number when asked. */
function readNumber(
  value: string | boolean | undefined,
  flag: string,
  fallback: number,
  range: { min: number; max: number; integer?: boolean; above?: boolean },
): Result<number> {
  if (value === undefined) return ok(fallback);
  const text = typeof value === 'string' ? value.trim() : '';
  // Plain decimal notation only: Number() would also take `0x10`, `Infinity` and `''`.
  const digits = text.replace(/_/g, '');
  const n = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(digits) ? Number(digits) : NaN;
  const low = range.above ? n > range.min : n >= range.min;
  if (!Number.isFinite(n) || !low || n > range.max)
    return err(
      `--${flag} must be a number ${range.above ? '>' : '≥'} ${range.min} and ≤ ${range.max} (got "${text}")`,
    );
  if (range.integer && !Number.isInteger(n))
    return err(`--${flag} must be a whole number (got "${text}")`);
  return ok(n);
}

const sideOut = (x: HopReport['client']) => ({ node: x.node, tech: x.tech, idleMs: x.idleMs });

function simulateOne(
  hop: HopReport,
  report: ReturnType<typeof analyzeChain>,
  s: Settings,
): HopOutput {
  const base = { index: hop.index, client: sideOut(hop.client), server: sideOut(hop.server) };
  const input = readHopRaceInput(hop, report.nodes, {
    rps: s.rps,
    nonIdempotentShare: s.nonIdempotentShare,
    reactionDelayMs: s.reactionDelayMs,
    ...(s.pool === null ? {} : { poolSize: s.pool }),
    ...(s.reuse === null ? {} : { reuseOrder: s.reuse }),
  });
  if (input.kind !== 'race')
    return {
      ...base,
      status: input.kind,
      note: input.reason,
      window: null,
      analytic:
        input.kind === 'no-race'
          ? { lossProbability: 0, lossesPerDay: 0, userVisibleProbability: 0, userVisiblePerDay: 0 }
          : null,
      simulated: null,
    };
  const p = input.params;
  const e = estimateHopLoss(p);
  const sim = simulateHop(
    {
      ...p,
      arrivals: s.arrivals === 'periodic' ? { kind: 'periodic', jitterMs: 0 } : { kind: 'poisson' },
    },
    { seed: s.seed, requests: s.requests },
  );
  return {
    ...base,
    status: 'race',
    params: {
      serverIdleMs: p.serverIdleMs,
      clientIdleMs: p.clientIdleMs,
      rttMs: p.rttMs,
      reactionDelayMs: p.reactionDelayMs,
      serverGranularityMs: p.serverGranularityMs,
      finDetection: p.finDetection,
      rps: p.rps,
      poolSize: p.poolSize ?? null,
      reuseOrder: p.reuseOrder ?? 'lifo',
    },
    window: e.window,
    analytic: {
      lossProbability: e.lossProbability,
      lossesPerDay: e.lossesPerDay,
      userVisibleProbability: e.userVisibleProbability,
      userVisiblePerDay: e.userVisiblePerDay,
    },
    simulated: {
      requests: sim.requests,
      losses: sim.losses,
      lossProbability: sim.lossProbability,
      ci95: sim.ci95,
      retries: sim.retries,
      userVisibleFailures: sim.userVisibleFailures,
      userVisibleProbability: sim.userVisibleProbability,
    },
  };
}

const pct = (x: number): string => `${Number((x * 100).toPrecision(3))} %`;
const perDay = (x: number): string =>
  x >= 100 ? x.toFixed(0) : Number(x.toPrecision(3)).toString();
const msText = (x: number | null): string => (x === null ? '∞' : `${Number(x.toFixed(3))} ms`);

/** `Go client (go-transport)`, or just `node-http-server` when the node has no name of its own. */
const nameSide = (x: { node: string; tech: string }): string =>
  x.node === x.tech ? x.node : `${x.node} (${x.tech})`;

function formatText(hops: HopOutput[], s: Settings): string {
  const lines: string[] = [];
  for (const h of hops) {
    lines.push(`Hop ${h.index + 1}: ${nameSide(h.client)} → ${nameSide(h.server)}`);
    if (h.status !== 'race' || !h.analytic || !h.simulated || !h.params) {
      lines.push(`  ${h.status === 'unknown' ? 'unknown' : 'cannot race'}: ${h.note ?? ''}`, '');
      continue;
    }
    const p = h.params;
    lines.push(
      `  S ${msText(h.server.idleMs)}, C ${msText(h.client.idleMs)}, RTT ${msText(p['rttMs'] as number)}, δ ${msText(s.reactionDelayMs)}, γs ${msText(p['serverGranularityMs'] as number)}, ${p['finDetection'] ? 'client notices FINs' : 'client does not notice FINs'}`,
      `  pool: ${p['poolSize'] === null ? 'one connection, opened as needed' : `${String(p['poolSize'])} connections`}, reused ${p['reuseOrder'] === 'fifo' ? 'least recently used first (FIFO)' : 'most recently used first (LIFO)'}${s.reuse === null ? ", the client's own order" : ''}`,
      `  race window: ${h.window ? `idle gaps ${msText(h.window.startMs)} – ${msText(h.window.endMs)}` : 'none (the client drops first)'}`,
      `  closed form: p = ${pct(h.analytic.lossProbability)} per request, ${perDay(h.analytic.lossesPerDay)} losses/day at ${s.rps} req/s; seen by callers after retries: ${perDay(h.analytic.userVisiblePerDay)}/day`,
      `  simulated:   ${h.simulated.losses} of ${h.simulated.requests} requests lost = ${pct(h.simulated.lossProbability)} (95 % CI ${pct(h.simulated.ci95[0])} – ${pct(h.simulated.ci95[1])}), ${h.simulated.userVisibleFailures} seen by callers`,
      '',
    );
  }
  return lines.join('\n');
}

/** `timeout-chain simulate`: closed-form and simulated reset rates per hop. */
export async function runSimulate(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (m: string): number => failUsage(io, 'simulate', m);
  const args = parseCommandArgs(argv, {
    rps: { type: 'string' },
    rtt: { type: 'string' },
    'reaction-delay': { type: 'string' },
    'non-idempotent-share': { type: 'string' },
    arrivals: { type: 'string' },
    reuse: { type: 'string' },
    pool: { type: 'string' },
    requests: { type: 'string' },
    seed: { type: 'string' },
    format: { type: 'string' },
  });
  if (!args.ok) return fail(args.error);
  const { values: v, positionals } = args.value;
  if (v['help']) {
    io.stdout(SIMULATE_HELP);
    return 0;
  }
  const format = readChoice(v['format'], FORMATS, 'format');
  if (!format.ok) return fail(format.error);
  const arrivals = readChoice(v['arrivals'], ['poisson', 'periodic'] as const, 'arrivals');
  if (!arrivals.ok) return fail(arrivals.error);
  const reuse = readChoice(v['reuse'], ['lifo', 'fifo'] as const, 'reuse');
  if (!reuse.ok) return fail(reuse.error);
  const pool = readNumber(v['pool'], 'pool', 0, { min: 1, max: MAX_POOL, integer: true });
  if (!pool.ok) return fail(pool.error);
  const rtt = readDurationFlag(v['rtt'], 'rtt');
  if (!rtt.ok) return fail(rtt.error);
  const delay = readDurationFlag(v['reaction-delay'], 'reaction-delay');
  if (!delay.ok) return fail(delay.error);
  const requests = readNumber(v['requests'], 'requests', 1_000_000, {
    min: 1,
    // 1e8 simulated requests take about two minutes; more is a typo, not a wish.
    max: 1e8,
    integer: true,
  });
  if (!requests.ok) return fail(requests.error);
  const seed = readNumber(v['seed'], 'seed', 1, {
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    integer: true,
  });
  if (!seed.ok) return fail(seed.error);
  if (positionals.length === 0)
    return fail(
      'give the chain: tech:<id>, chain files or config files, client end first (see --help)',
    );

  const loaded = await loadChainInputs(
    positionals,
    io,
    rtt.value !== undefined ? { rttMs: rtt.value } : {},
  );
  if (!loaded.ok) return fail(loaded.error);
  const { chain } = loaded.value;
  if (chain.nodes.length < 2)
    return fail('a chain needs at least two nodes (a client side and a server side)');
  const rps = readNumber(v['rps'], 'rps', chain.traffic?.rps ?? 1, {
    min: 0,
    max: 1e6,
    above: true,
  });
  if (!rps.ok) return fail(rps.error);
  const share = readNumber(
    v['non-idempotent-share'],
    'non-idempotent-share',
    chain.traffic?.nonIdempotentShare ?? 0,
    { min: 0, max: 1 },
  );
  if (!share.ok) return fail(share.error);
  if (delay.value !== undefined) chain.options = { ...chain.options, reactionDelayMs: delay.value };

  const settings: Settings = {
    rps: rps.value,
    nonIdempotentShare: share.value,
    reactionDelayMs: optionsOf(chain).reactionDelayMs,
    requests: requests.value,
    seed: seed.value,
    arrivals: arrivals.value,
    reuse: v['reuse'] === undefined ? null : reuse.value,
    pool: v['pool'] === undefined ? null : pool.value,
  };
  const report = analyzeChain(chain);
  const hops = report.hops.map((h) => simulateOne(h, report, settings));
  if (format.value === 'json') io.stdout(`${JSON.stringify({ ...settings, hops }, null, 2)}\n`);
  else io.stdout(formatText(hops, settings));
  return 0;
}
