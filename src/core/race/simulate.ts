import { createArrivals, type ArrivalSpec } from './arrivals';
import { computeWilsonInterval } from './ci';
import { BusyHeap, Connections, IdleDeque } from './pool';
import type { HopRateParams } from './probability';
import { MAX_POOL } from './gap-survival';
import { computeRetriedShare, NO_RETRY, type RetryPolicy } from './retry';
import { createRng, drawExponential } from './rng';

/** A hop to simulate: the closed form's parameters plus what the formula cannot express. */
export interface SimulationParams extends HopRateParams {
  /** Default Poisson. */
  arrivals?: ArrivalSpec;
  /** N: connections open at once (busy + idle); requests wait for one beyond it. Default unlimited. */
  maxConnections?: number;
  /** Idle connections kept; one released beyond it is closed (Go MaxIdleConnsPerHost). Default unlimited. */
  maxIdle?: number;
  /** Server time per request in ms (default 0), fixed or exponential with this mean. */
  serviceMs?: number;
  serviceShape?: 'fixed' | 'exponential';
  /** Default none. A retry runs at once on the next usable idle connection or a new one. */
  retry?: RetryPolicy;
  /** Share (0..1) of requests the client may not retry (POST, PATCH). Default 0. */
  nonIdempotentShare?: number;
}

export interface SimulationResult {
  /** Requests simulated (fewer than asked when cancelled). */
  requests: number;
  /** Requests whose first attempt met a closed connection. */
  losses: number;
  lossProbability: number;
  /** Wilson 95 % interval of the loss probability. */
  ci95: [number, number];
  retries: number;
  /** Retries that met a closed connection too. */
  retryLosses: number;
  /** Losses the caller saw: not retried, or every retry failed too. */
  userVisibleFailures: number;
  userVisibleProbability: number;
  reuses: number;
  newConnections: number;
  /** Requests that waited because N connections were busy. */
  queued: number;
  peakConnections: number;
  /** Simulated time covered, in ms. */
  simulatedMs: number;
  /** False when cancelled before all requests ran. */
  complete: boolean;
}

export type Outcome = 'ok' | 'lost';

/**
 * A simulation that runs in steps, so a worker can report progress and take a cancel between
 * them. The same seed gives the same result however the run is split into steps.
 */
export interface SimulationRun {
  /** Simulates up to `count` more requests. */
  advance(count: number): void;
  result(complete: boolean): SimulationResult;
}

/**
 * Starts a seeded simulation of one hop (event-driven, one pool, times in client ms).
 * Throws a RangeError for a request rate that is not positive (a caller's bug: no arrivals).
 */
export function startSimulation(p: SimulationParams, seed: number): SimulationRun {
  if (!(p.rps > 0 && Number.isFinite(p.rps))) throw new RangeError(`rps must be > 0, got ${p.rps}`);
  const random = createRng(seed);
  const nextArrival = createArrivals(p.arrivals ?? { kind: 'poisson' }, p.rps, random);
  const lifo = (p.reuseOrder ?? 'lifo') === 'lifo';
  const maxConnections = p.maxConnections ?? Infinity;
  const maxIdle = p.maxIdle ?? Infinity;
  const serviceMs = p.serviceMs ?? 0;
  const expService = p.serviceShape === 'exponential' && serviceMs > 0;
  const expDelay = p.reactionDelayShape === 'exponential' && p.reactionDelayMs > 0;
  const uniform = p.serverClose === 'uniform' && p.serverGranularityMs > 0;
  const retry = p.retry ?? NO_RETRY;
  const retriedShare = computeRetriedShare(retry, p.nonIdempotentShare ?? 0);
  const S = p.serverIdleMs;
  const C = p.clientIdleMs ?? Infinity;
  const rtt = p.rttMs;
  const gamma = p.serverGranularityMs;
  // Envelope model: the server stops serving at S, its FIN leaves as late as S + γs.
  const stopGap = S - rtt;
  const finGap = S + (uniform ? 0 : gamma);

  const conns = new Connections();
  const idle = new IdleDeque();
  const busy = new BusyHeap();
  const s = { requests: 0, losses: 0, retries: 0, retryLosses: 0, userVisible: 0 };
  const c = { reuses: 0, newConnections: 0, queued: 0, peak: 0, now: 0 };

  // A pool of N (poolSize): N connections open and idle at the start; a request whose connection
  // is gone opens a new one in its place, so the rotation keeps N (the closed form's Erlang gaps).
  const keepPool = p.poolSize !== undefined && p.poolSize >= 1;
  if (keepPool)
    for (let k = 0; k < Math.min(MAX_POOL, Math.floor(p.poolSize ?? 1)); k++) {
      const id = conns.allocate();
      conns.readAt[id] = 0;
      conns.closeOffset[id] = uniform ? random() * gamma : 0;
      idle.push(id);
    }

  /** A new connection for a request at t: handshake, then the request. */
  function open(t: number): Outcome {
    const id = conns.allocate();
    c.newConnections += 1;
    c.peak = Math.max(c.peak, conns.open);
    busy.push(t + 2 * rtt + drawService(), id);
    return 'ok';
  }

  const drawDelay = (): number =>
    expDelay ? drawExponential(random, p.reactionDelayMs) : p.reactionDelayMs;
  const drawService = (): number => (expService ? drawExponential(random, serviceMs) : serviceMs);

  function releaseUntil(t: number): void {
    while (busy.size > 0 && busy.peekTime() <= t) {
      const time = busy.peekTime();
      const id = busy.pop();
      if (idle.size >= maxIdle) {
        conns.release(id);
        continue;
      }
      conns.readAt[id] = time;
      conns.closeOffset[id] = uniform ? random() * gamma : 0;
      idle.push(id);
    }
  }

  /** One attempt at time t on the pool: reuse, open, or wait; 'lost' when it meets a closed socket. */
  function attempt(t: number): Outcome {
    while (idle.size > 0) {
      const id = lifo ? idle.popBack() : idle.popFront();
      const gap = t - (conns.readAt[id] ?? 0);
      const x = conns.closeOffset[id] ?? 0;
      // The client dropped it already (C), or saw the FIN and dropped it (δ drawn only then).
      if (gap >= C || (p.finDetection && gap >= finGap + x + drawDelay())) {
        conns.release(id);
        if (keepPool) return open(t);
        continue;
      }
      if (gap >= stopGap + x) {
        conns.release(id);
        if (keepPool) {
          // The pool redials the dead connection's place; it is idle from now.
          const fresh = conns.allocate();
          c.newConnections += 1;
          conns.readAt[fresh] = t;
          conns.closeOffset[fresh] = uniform ? random() * gamma : 0;
          idle.push(fresh);
        }
        return 'lost';
      }
      c.reuses += 1;
      busy.push(t + rtt + drawService(), id);
      return 'ok';
    }
    if (conns.open < maxConnections) return open(t);
    // Every connection is busy: wait for the first to finish, reuse it at once (no idle gap).
    const ready = busy.peekTime();
    const id = busy.pop();
    c.queued += 1;
    busy.push(ready + rtt + drawService(), id);
    return 'ok';
  }

  function handle(t: number): void {
    releaseUntil(t);
    s.requests += 1;
    if (attempt(t) === 'ok') return;
    s.losses += 1;
    const mayRetry = retriedShare >= 1 || (retriedShare > 0 && random() < retriedShare);
    if (mayRetry) {
      for (let k = 0; k < retry.attempts; k++) {
        s.retries += 1;
        if (attempt(t) === 'ok') return;
        s.retryLosses += 1;
      }
    }
    s.userVisible += 1;
  }

  return {
    advance(count: number): void {
      for (let i = 0; i < count; i++) {
        c.now = nextArrival();
        handle(c.now);
      }
    },
    result(complete: boolean): SimulationResult {
      const n = s.requests;
      return {
        requests: n,
        losses: s.losses,
        lossProbability: n > 0 ? s.losses / n : 0,
        ci95: computeWilsonInterval(s.losses, n),
        retries: s.retries,
        retryLosses: s.retryLosses,
        userVisibleFailures: s.userVisible,
        userVisibleProbability: n > 0 ? s.userVisible / n : 0,
        reuses: c.reuses,
        newConnections: c.newConnections,
        queued: c.queued,
        peakConnections: c.peak,
        simulatedMs: c.now,
        complete,
      };
    },
  };
}

export interface SimulationOptions {
  seed: number;
  requests: number;
  /** Called every `progressEvery` requests (default 65 536) and at the end. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** Checked between steps; the run stops early with `complete: false` once it is aborted. */
  signal?: { readonly aborted: boolean };
}

/** Simulates `requests` requests on one hop, deterministic for a seed. */
export function simulateHop(p: SimulationParams, o: SimulationOptions): SimulationResult {
  const run = startSimulation(p, o.seed);
  const step = Math.max(1, Math.floor(o.progressEvery ?? 65_536));
  let done = 0;
  while (done < o.requests) {
    if (o.signal?.aborted) return run.result(false);
    const n = Math.min(step, o.requests - done);
    run.advance(n);
    done += n;
    o.onProgress?.(done, o.requests);
  }
  return run.result(true);
}
