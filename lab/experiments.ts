/** The lab's experiments against one running server, each bounded in time. */
import { createRng, drawExponential } from '../src/core/race/rng';
import {
  LabConnection,
  now,
  sleep,
  tryReuseAfterGap,
  type GapTrial,
  type Outcome,
} from './harness';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** When the server closes an idle connection, from the client's read of the last response (ms). */
export async function measureIdleClose(
  port: number,
  probes = 7,
): Promise<{ medianMs: number; spreadMs: number }> {
  const times = await Promise.all(
    Array.from({ length: probes }, async () => {
      const conn = await LabConnection.open(port);
      try {
        if ((await conn.request()) !== 'ok') throw new Error('probe request failed');
        const deadline = now() + 10_000;
        while (conn.closedAt === null && now() < deadline) await sleep(2);
        if (conn.closedAt === null) throw new Error('server kept an idle connection open for 10 s');
        return conn.closedAt - conn.readAt;
      } finally {
        conn.destroy();
      }
    }),
  );
  return { medianMs: median(times), spreadMs: Math.max(...times) - Math.min(...times) };
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

/** Reuses after each gap (all at once, `repeats` times each), with reaction delay δ. */
export function sweepGaps(
  port: number,
  gapsMs: number[],
  reactionDelayMs: number,
  repeats = 2,
): Promise<GapTrial[]> {
  const all = gapsMs.flatMap((g) => Array.from({ length: repeats }, () => g));
  return Promise.all(all.map((g) => tryReuseAfterGap(port, g, reactionDelayMs)));
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
}

export interface PoolClient {
  /** C: the client drops a connection idle this long (Infinity: never). */
  clientIdleMs: number;
  /** δ; Infinity = never notices a FIN. */
  reactionDelayMs: number;
  /** The next idle gap (ms) after a response or a failure. */
  nextGapMs: () => number;
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
  const stats: PoolStats = {
    requests: 0,
    reuses: 0,
    losses: 0,
    fresh: 0,
    outcomes: {},
    lostGapsMs: [],
  };
  const deadline = now() + o.durationMs;
  const count = (x: Outcome): void => {
    stats.outcomes[x] = (stats.outcomes[x] ?? 0) + 1;
  };
  /** A request on a new connection; the slot's first one is not counted (it follows no gap). */
  async function fresh(counted = true): Promise<LabConnection> {
    const conn = await LabConnection.open(port);
    const r = await conn.request();
    if (counted) {
      stats.requests += 1;
      stats.fresh += 1;
      count(r);
    }
    if (r !== 'ok') throw new Error(`a request on a new connection failed: ${r}`);
    return conn;
  }
  async function slot(): Promise<void> {
    let conn: LabConnection | null = await fresh(false);
    let idleSince = conn.readAt;
    for (let n = 1; now() < deadline && n < (o.maxRequests ?? Infinity); n++) {
      await sleep(idleSince + client.nextGapMs() - now());
      const at = now();
      const gap = at - idleSince;
      if (!conn || gap >= client.clientIdleMs || conn.hasNoticedClose(client.reactionDelayMs, at)) {
        conn?.destroy();
        conn = await fresh();
        idleSince = conn.readAt;
        continue;
      }
      stats.requests += 1;
      stats.reuses += 1;
      const r = await conn.request();
      count(r);
      if (r === 'ok') {
        idleSince = conn.readAt;
        continue;
      }
      stats.losses += 1;
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
