import { drawExponential, type Random } from './rng';

/**
 * How requests arrive at the hop's client side, all at a long-run mean of `rps` per second.
 * - `poisson`: independent arrivals, exponential gaps (the closed form's assumption).
 * - `bursty`: on/off — exponential on and off periods (means `onMs`, `offMs`), Poisson within an
 *   on period at rps × (on + off) / on, nothing in between: traffic idle between bursts.
 * - `periodic`: one request every 1000 / rps ms (a health check), each tick moved by a uniform
 *   jitter in [−jitterMs, +jitterMs] (kept in order).
 */
export type ArrivalSpec =
  | { kind: 'poisson' }
  | { kind: 'bursty'; onMs: number; offMs: number }
  | { kind: 'periodic'; jitterMs: number };

/** Returns a generator of arrival times in ms from 0, ascending. */
export function createArrivals(spec: ArrivalSpec, rps: number, random: Random): () => number {
  const meanGapMs = 1000 / rps;
  let t = 0;
  switch (spec.kind) {
    case 'poisson':
      return () => (t += drawExponential(random, meanGapMs));
    case 'periodic': {
      let tick = 0;
      const spread = Math.max(0, Math.min(spec.jitterMs, meanGapMs / 2));
      return () => {
        tick += 1;
        t = Math.max(t, tick * meanGapMs + (2 * random() - 1) * spread);
        return t;
      };
    }
    case 'bursty': {
      const on = Math.max(spec.onMs, 1e-9);
      const off = Math.max(spec.offMs, 0);
      const burstGapMs = (meanGapMs * on) / (on + off);
      let onEnd = drawExponential(random, on);
      return () => {
        for (;;) {
          const next = t + drawExponential(random, burstGapMs);
          if (next < onEnd) return (t = next);
          // Memoryless: skip the off period, start a fresh burst, draw again from its start.
          t = onEnd + drawExponential(random, off);
          onEnd = t + drawExponential(random, on);
        }
      };
    }
  }
}
