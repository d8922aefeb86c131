import { computeGapSurvival, type GapSurvival, type ReuseOrder } from './gap-survival';
import type { RaceParams } from './window';

/** How δ varies between reuses: always `reactionDelayMs`, or exponential with that mean. */
export type ReactionDelayShape = 'fixed' | 'exponential';

/**
 * How the server's timer granularity γs enters the window.
 * - `envelope` (design/race-model.md): the server stops serving at S and its FIN may leave as late
 *   as S + γs, so every gap in [S − RTT, S + δ + γs] fails — the widest window, the default.
 * - `uniform`: the close (stop serving and FIN together) lands at S + x, x uniform in [0, γs]:
 *   each reuse's window is [S + x − RTT, S + x + δ], RTT + δ wide.
 */
export type ServerCloseModel = 'envelope' | 'uniform';

/** One hop's race parameters plus its request rate. Milliseconds except `rps`. */
export interface HopRateParams extends RaceParams {
  /** λ: requests per second reaching the hop's client side. */
  rps: number;
  /** Default `fixed`. */
  reactionDelayShape?: ReactionDelayShape;
  /** Default `envelope`. */
  serverClose?: ServerCloseModel;
  /** N: connections the client keeps open and reuses (default 1). */
  poolSize?: number;
  /** Which idle connection a request takes: most (LIFO, default: Go, Node's Agent) or least recently used. */
  reuseOrder?: ReuseOrder;
}

/** Whether gaps are exponential (one connection or LIFO): the closed forms below hold as written. */
const isExponential = (p: HopRateParams): boolean =>
  (p.reuseOrder ?? 'lifo') === 'lifo' || (p.poolSize ?? 1) <= 1;

/** P(g ≥ x) for an idle gap g ~ Exp(λ) (λ per ms); gaps are never negative. */
const tail = (lambda: number, x: number): number =>
  x === Infinity ? 0 : Math.exp(-lambda * Math.max(0, x));

/** The same expectation for any gap distribution, integrated numerically (δ beyond 50 means is negligible). */
function integrateNoticeTail(sv: GapSurvival, base: number, meanMs: number, c: number): number {
  if (c <= base) return sv(c);
  if (meanMs <= 0) return sv(base);
  const mu = 1 / meanMs;
  const d = Math.min(c - base, 50 * meanMs);
  const head = integrateSimpson((u) => sv(base + u) * mu * Math.exp(-mu * u), 0, d, 2048);
  return head + sv(Math.min(c, base + d)) * Math.exp(-mu * d);
}

/**
 * E[P(g ≥ min(base + δ, C))] over δ ~ Exp(mean) — the chance the gap outlasts the client noticing
 * the FIN. Closed form: ∫₀^D e^(−λ(base+u)) μe^(−μu) du + e^(−λC)·e^(−μD), D = C − base.
 */
function expectNoticeTail(lambda: number, base: number, meanMs: number, c: number): number {
  if (c <= base) return tail(lambda, c);
  if (meanMs <= 0) return tail(lambda, base);
  const mu = 1 / meanMs;
  const d = c - base;
  const head = (tail(lambda, base) * mu) / (lambda + mu);
  if (d === Infinity) return head;
  return head * -Math.expm1(-(lambda + mu) * d) + tail(lambda, c) * Math.exp(-mu * d);
}

/** Loss probability when the server's close lands at S + x (x = γs for `envelope`'s FIN). */
function lossGivenClose(p: HopRateParams, lambda: number, startMs: number, finMs: number): number {
  const c = p.clientIdleMs ?? Infinity;
  if (c <= startMs) return 0;
  const sv = computeGapSurvival(p.rps, p.poolSize, p.reuseOrder);
  const served = sv(startMs);
  if (!p.finDetection) return served - sv(c);
  const exponentialDelay = p.reactionDelayShape === 'exponential';
  const notice = !exponentialDelay
    ? sv(Math.min(finMs + p.reactionDelayMs, c))
    : isExponential(p)
      ? expectNoticeTail(lambda, finMs, p.reactionDelayMs, c)
      : integrateNoticeTail(sv, finMs, p.reactionDelayMs, c);
  return Math.max(0, served - notice);
}

/** Composite Simpson over [x0, x1] with n (even) intervals. */
function integrateSimpson(f: (x: number) => number, x0: number, x1: number, n: number): number {
  const h = (x1 - x0) / n;
  let sum = f(x0) + f(x1);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(x0 + i * h);
  return (sum * h) / 3;
}

/** Averages the loss over x ~ U[0, γs], integrating each smooth piece between the kinks. */
function averageOverClose(p: HopRateParams, lambda: number): number {
  const g = p.serverGranularityMs;
  const S = p.serverIdleMs;
  const at = (x: number): number => lossGivenClose(p, lambda, S + x - p.rttMs, S + x);
  if (g <= 0) return at(0);
  const c = p.clientIdleMs ?? Infinity;
  const kinks = [c - S + p.rttMs, c - S, c - S - p.reactionDelayMs, p.rttMs - S]
    .filter((k) => k > 0 && k < g)
    .sort((x, y) => x - y);
  const edges = [0, ...kinks, g];
  let total = 0;
  for (let i = 0; i + 1 < edges.length; i++) {
    const x0 = edges[i] ?? 0;
    const x1 = edges[i + 1] ?? g;
    const n = Math.min(4096, 2 * Math.max(16, Math.ceil(4 * lambda * (x1 - x0))));
    total += integrateSimpson(at, x0, x1, n);
  }
  return total / g;
}

/**
 * The chance that one request is lost on this hop (design/race-model.md, "Reset rate"). Idle gaps
 * are ~ Exp(λ) for one connection, or LIFO reuse at low concurrency; FIFO (round-robin) over a
 * pool of N gives each connection λ/N and an Erlang(N, λ) gap (gap-survival.ts), with e^(−λx)
 * below replaced by that gap's survival function.
 * - FIN-detecting client: p = e^(−λa) − e^(−λb), a = S − RTT, b = min(S + δ + γs, C)
 * - non-detecting client: p = e^(−λa) − e^(−λC), e^(−λC) = 0 for C = ∞
 * With an exponential δ or the `uniform` close model, the exact expectation over δ and x instead.
 * Returns 0 without traffic or when the client always drops first.
 */
export function computeLossProbability(p: HopRateParams): number {
  const lambda = p.rps / 1000;
  if (!(lambda > 0)) return 0;
  if (p.serverClose === 'uniform') return averageOverClose(p, lambda);
  const S = p.serverIdleMs;
  return lossGivenClose(p, lambda, S - p.rttMs, S + p.serverGranularityMs);
}

/** Expected losses per day at `rps` requests per second: 86 400 · λ · p. */
export const computeLossesPerDay = (rps: number, probability: number): number =>
  86_400 * rps * probability;
