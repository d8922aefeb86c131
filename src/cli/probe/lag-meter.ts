/** The meter's tick: a timestamp's error is at most the loop's lateness plus one tick. */
const TICK_MS = 1;
/** Ticks this close to a marked moment tell how blocked the loop was around it. */
const WINDOW_MS = 100;

export interface LagMeter {
  /** Notes a moment a timestamp was taken (performance.now()); its error bound is tracked. */
  mark(at: number): void;
  /**
   * The ± bound on a difference of marked timestamps, whole ms: one tick plus the worst lateness
   * of the loop around any marked moment. Reads a little after the last mark (see below).
   */
  resolutionMs(): Promise<number>;
  stop(): void;
}

/**
 * Bounds the error of the probe's timestamps. A socket event (the last byte of a response, a FIN,
 * a RST) is handled late by as long as this process's event loop was blocked when it arrived; a
 * 1 ms interval timer that runs late by L reveals a block of at most L + 1 ms. Only the lateness
 * near the marked moments counts: a slow TLS handshake long before does not blur the idle time.
 */
export function startLagMeter(): LagMeter {
  const recent: { at: number; late: number }[] = [];
  const marks: { at: number; worst: number }[] = [];
  let expected = performance.now() + TICK_MS;
  const timer = setInterval(() => {
    const at = performance.now();
    const late = Math.max(0, at - expected);
    expected = at + TICK_MS;
    recent.push({ at, late });
    while (recent.length > 0 && (recent[0]?.at ?? at) < at - WINDOW_MS) recent.shift();
    for (const m of marks) if (at - m.at <= WINDOW_MS) m.worst = Math.max(m.worst, late);
  }, TICK_MS);
  timer.unref();
  return {
    mark(at) {
      let worst = 0;
      for (const s of recent) if (s.at >= at - WINDOW_MS) worst = Math.max(worst, s.late);
      marks.push({ at, worst });
    },
    async resolutionMs() {
      // The tick that reveals a block around the last mark runs just after it: give it a moment.
      await new Promise((r) => setTimeout(r, 10));
      const worst = Math.max(0, ...marks.map((m) => m.worst));
      return Math.max(1, Math.ceil(TICK_MS + worst));
    },
    stop: () => clearInterval(timer),
  };
}
