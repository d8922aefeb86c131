/**
 * Detects pauses of the client's own event loop (GC, a busy CPU on a shared machine). A pause
 * delays when the client reads a response or sees a FIN, which shifts the idle gap it measures
 * or lengthens its reaction delay beyond the δ under test; trials touched by one are set aside.
 */
import { now } from './harness';

const TICK_MS = 1;
/** A tick this late counts as a pause. */
const PAUSE_MS = 8;
/** How close to a pause an event must be to count as touched by it. */
const NEAR_MS = 5;

export interface StallMonitor {
  /** Whether the loop paused around time t. */
  pausedNear(t: number): boolean;
  /** Pauses seen so far. */
  count(): number;
  stop(): void;
}

export function startStallMonitor(): StallMonitor {
  const pauses: [number, number][] = [];
  let last = now();
  const timer = setInterval(() => {
    const t = now();
    if (t - last > PAUSE_MS) pauses.push([last, t]);
    last = t;
  }, TICK_MS);
  timer.unref();
  return {
    pausedNear(t: number): boolean {
      // Also a pause still in progress (not yet recorded) when t was taken.
      if (now() - last > PAUSE_MS && t >= last - NEAR_MS) return true;
      for (let i = pauses.length - 1; i >= 0; i--) {
        const [start, end] = pauses[i] ?? [0, 0];
        if (end < t - NEAR_MS) return false;
        if (start <= t + NEAR_MS) return true;
      }
      return false;
    },
    count: () => pauses.length,
    stop: () => clearInterval(timer),
  };
}
