/** The lab's experiments against one running server, each bounded in time. */
import { createRng, drawExponential } from '../src/core/race/rng';
import {
  isDisturbed,
  LabConnection,
  now,
  sleep,
  tryReuseAfterGap,
  type GapTrial,
  type Outcome,
  type PauseCheck,
} from './harness';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/**
 * When the server closes an idle connection, from the client's read of the last response (ms):
 * the earliest of several probes (a pause of the client can only make a close look later),
 * leaving out probes whose read or FIN a pause of the client's event loop touched. The spread
 * of the rest shows how much the server's close wanders right now (its timer jitter, γs).
 */
export async function measureIdleClose(
  port: number,
  pausedNear: PauseCheck,
  probes = 9,
  staggerMs = 40,
): Promise<{ ms: number; spreadMs: number; used: number }> {
  const results = await Promise.all(
    Array.from({ length: probes }, async (_, i) => {
      // Staggered, so one busy moment of the machine does not delay every probe's close alike.
      await sleep(i * staggerMs);
      const conn = await LabConnection.open(port);
      try {
        if ((await conn.request()) !== 'ok') throw new Error('probe request failed');
        const deadline = now() + 10_000;
        while (conn.closedAt === null && now() < deadline) await sleep(2);
        if (conn.closedAt === null) throw new Error('server kept an idle connection open for 10 s');
        return { ms: conn.closedAt - conn.readAt, disturbed: isDisturbed(conn, pausedNear) };
      } finally {
        conn.destroy();
      }
    }),
  );
  const clean = results.filter((r) => !r.disturbed);
  const times = (clean.length > 0 ? clean : results).map((r) => r.ms);
  return {
    ms: Math.min(...times),
    spreadMs: Math.max(...times) - Math.min(...times),
    used: clean.length,
  };
}

/** Round trip of a request on a warm connection (loopback: network plus the server's work). */
export async function measureRtt(port: number, samples = 21): Promise<number> {
  const conn = await LabConnection.open(port);
  try {
    const rtts: number[] = [];
    for (let i = 0; i < samples; i++) {
      const t = now();
      if ((await conn.request()) !== 'ok') throw new Error('RTT probe failed');
      rtts.push(now() - t);
    }
    return median(rtts);
  } finally {
    conn.destroy();
  }
}

/**
 * Reuses after each gap (all at once, `repeats` times each), with reaction delay δ. Trials a
 * pause of the client touched are set aside; the sweep runs again (at most `rounds` times)
 * until every gap has an untouched trial.
 */
export async function sweepGaps(
  port: number,
  gapsMs: number[],
  reactionDelayMs: number,
  pausedNear: PauseCheck,
  o: { repeats: number; rounds: number } = { repeats: 2, rounds: 3 },
): Promise<{ trials: GapTrial[]; setAside: number }> {
  const trials: GapTrial[] = [];
  let setAside = 0;
  let todo = gapsMs;
  for (let round = 0; round < o.rounds && todo.length > 0; round++) {
    const all = todo.flatMap((g) => Array.from({ length: o.repeats }, () => g));
    const done = await Promise.all(
      all.map((g) => tryReuseAfterGap(port, g, reactionDelayMs, pausedNear)),
    );
    const covered = new Set<number>();
    done.forEach((t, i) => {
      if (t.disturbed) setAside += 1;
      else {
        trials.push(t);
        covered.add(all[i] ?? NaN);
      }
    });
    todo = todo.filter((g) => !covered.has(g));
  }
  return { trials, setAside };
}

export interface PoolStats {
  requests: number;
  reuses: number;
  /** Reuses that met a closed connection. */
  losses: number;
  /** Requests that found no usable connection (closed and noticed, or dropped by C). */
  fresh: number;
  outcomes: Partial<Record<Outcome, number>>;
  /** Idle gaps of the lost reuses. */
  lostGapsMs: number[];
  /** Reuses whose read or FIN the client's paused event loop saw late, and how many of them failed. */
  disturbed: number;
  disturbedLosses: number;
  /** Every counted request: when its idle gap began, and whether it was lost. */
  samples: {
    since: number;
    gap: number;
    /** How late the client's timer woke it (ms): the gap it waited minus the gap it drew. */
    late: number;
    lost: boolean;
  }[];
}

export interface PoolClient {
  /** C: the client drops a connection idle this long (Infinity: never). */
  clientIdleMs: number;
  /** δ; Infinity = never notices a FIN. */
  reactionDelayMs: number;
  /** The next idle gap (ms) after a response or a failure. */
  nextGapMs: () => number;
  pausedNear: PauseCheck;
}

/**
 * One-connection clients run side by side (`slots` of them) until `durationMs` has passed or each
 * has made `maxRequests`: after every response (or failure) wait a gap, then reuse the connection
 * unless the client dropped it (gap ≥ C) or noticed the server's close; else open a new one.
 */
export async function runPoolClients(
  port: number,
  client: PoolClient,
  o: { slots: number; durationMs: number; maxRequests?: number },
): Promise<PoolStats> {
  const stats = emptyPoolStats();
  const deadline = now() + o.durationMs;
  const count = (x: Outcome): void => {
    stats.outcomes[x] = (stats.outcomes[x] ?? 0) + 1;
  };
  /** A request on a new connection; the slot's first one is not counted (it follows no gap). */
  async function fresh(since: number | null, late = 0): Promise<LabConnection> {
    const conn = await LabConnection.open(port);
    const r = await conn.request();
    if (since !== null) {
      stats.samples.push({ since, gap: now() - since, late, lost: false });
      stats.requests += 1;
      stats.fresh += 1;
      count(r);
    }
    if (r !== 'ok') throw new Error(`a request on a new connection failed: ${r}`);
    return conn;
  }
  async function slot(): Promise<void> {
    let conn: LabConnection | null = await fresh(null);
    let idleSince = conn.readAt;
    for (let n = 1; now() < deadline && n < (o.maxRequests ?? Infinity); n++) {
      const drawn = client.nextGapMs();
      await sleep(idleSince + drawn - now());
      const at = now();
      const gap = at - idleSince;
      const late = gap - drawn;
      if (!conn || gap >= client.clientIdleMs || conn.hasNoticedClose(client.reactionDelayMs, at)) {
        conn?.destroy();
        conn = await fresh(idleSince, late);
        idleSince = conn.readAt;
        continue;
      }
      // Judged before the request: its response moves readAt.
      const disturbed = isDisturbed(conn, client.pausedNear);
      if (disturbed) stats.disturbed += 1;
      stats.requests += 1;
      stats.reuses += 1;
      const r = await conn.request();
      count(r);
      stats.samples.push({ since: idleSince, gap, late, lost: r !== 'ok' });
      if (r === 'ok') {
        idleSince = conn.readAt;
        continue;
      }
      stats.losses += 1;
      if (disturbed) stats.disturbedLosses += 1;
      stats.lostGapsMs.push(gap);
      conn.destroy();
      conn = null; // the error reaches the caller; the next request opens a new connection
      idleSince = now();
    }
    conn?.destroy();
  }
  await Promise.all(Array.from({ length: o.slots }, slot));
  return stats;
}

export const emptyPoolStats = (): PoolStats => ({
  requests: 0,
  reuses: 0,
  losses: 0,
  fresh: 0,
  outcomes: {},
  lostGapsMs: [],
  disturbed: 0,
  disturbedLosses: 0,
  samples: [],
});

/** Two batches' statistics as one. */
export function mergePoolStats(a: PoolStats, b: PoolStats): PoolStats {
  const outcomes = { ...a.outcomes };
  for (const [k, v] of Object.entries(b.outcomes) as [Outcome, number][])
    outcomes[k] = (outcomes[k] ?? 0) + v;
  return {
    requests: a.requests + b.requests,
    reuses: a.reuses + b.reuses,
    losses: a.losses + b.losses,
    fresh: a.fresh + b.fresh,
    outcomes,
    lostGapsMs: [...a.lostGapsMs, ...b.lostGapsMs],
    disturbed: a.disturbed + b.disturbed,
    disturbedLosses: a.disturbedLosses + b.disturbedLosses,
    samples: [...a.samples, ...b.samples],
  };
}

/** Exponential gaps with the given mean, seeded. */
export function createPoissonGaps(meanMs: number, seed: number): () => number {
  const random = createRng(seed);
  return () => drawExponential(random, meanMs);
}

/** Uniform gaps in [lo, hi), seeded. */
export function createUniformGaps(lo: number, hi: number, seed: number): () => number {
  const random = createRng(seed);
  return () => lo + (hi - lo) * random();
}
