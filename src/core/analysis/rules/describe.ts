import { describeDuration, ms } from '../../model/duration';
import { describeOrigin } from '../../model/origin';
import type { EffectiveValue } from '../../catalog/types';
import { computeRaceWindow } from '../../race/window';
import { nameOf, type HopContext } from '../hop-context';

/** `60 s` — a duration for people; `no limit` for null. */
export const dur = (value: number | null): string =>
  value === null ? 'no limit' : describeDuration(ms(value));

/**
 * `60 s (keepalive_timeout: nginx.conf:12)` — a value with where it came from; one made up of more
 * than its setting says how: `6 s (keepAliveTimeout 5 s + Node's 1 s buffer; server.js:3)`.
 */
export const valueWithOrigin = (v: EffectiveValue): string =>
  v.makeup
    ? `${dur(v.value)} (${v.makeup}; ${describeOrigin(v.origin)})`
    : `${dur(v.value)} (${v.setting}: ${describeOrigin(v.origin)})`;

/** What the race looks like from the client side of this hop. */
export function symptomOf(ctx: HopContext): string {
  switch (ctx.client?.retry.policy) {
    case 'returns-502':
      return 'a 502 returned to its own client';
    case 'next-upstream':
      return 'an upstream error ("upstream prematurely closed connection" / "Connection reset by peer" in the error log) and a 502 when the request cannot be retried';
    default:
      return 'ECONNRESET / "connection reset by peer" / EOF';
  }
}

/**
 * Which reuses fail, from the same numbers as the hop's race window (design/race-model.md): for a
 * client that notices the server's FIN only reuses between S − RTT and S + δ (+ γs) idle — a
 * connection idle longer was seen closed and is replaced; for one that does not, every reuse from
 * S − RTT idle on until C. Empty when the hop has no window.
 */
export function describeFailingReuses(ctx: HopContext): string {
  const s = ctx.server?.idle.value;
  if (!ctx.client || !ctx.clientIdle || s === null || s === undefined) return '';
  const w = computeRaceWindow({
    serverIdleMs: s,
    clientIdleMs: ctx.clientIdle.value,
    rttMs: ctx.rttMs,
    reactionDelayMs: ctx.options.reactionDelayMs,
    serverGranularityMs: ctx.server?.granularityMs ?? 0,
    finDetection: ctx.client.finDetection,
  });
  if (!w) return '';
  const c = nameOf(ctx.clientNode);
  if (ctx.client.finDetection)
    return ` ${c} notices the server's FIN, so only a reuse after ${dur(w.startMs)} to ${dur(w.endMs)} idle fails: its request is on the way before the FIN has arrived and been noticed. A connection idle longer was seen closed and is replaced without an error.`;
  return w.endMs === null
    ? ` ${c} does not notice the server's FIN, so every reuse after ${dur(w.startMs)} idle or more fails.`
    : ` ${c} does not notice the server's FIN, so every reuse after ${dur(w.startMs)} to ${dur(w.endMs)} idle fails.`;
}
