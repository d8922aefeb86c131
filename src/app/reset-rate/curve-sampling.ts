/** Sampling the loss curve p(λ) on a log axis: samples, the floor crossing, the peak. */

export interface CurvePoint {
  rps: number;
  p: number;
}

/** p as a function of requests per second. */
export type LossCurve = (rps: number) => number;

/**
 * `count` points evenly spaced in log(rps) over [lo, hi], plus the `extra` rates inside it
 * (the user's traffic, the peak) so the line passes exactly through them. Sorted by rps.
 */
export function sampleLogRange(
  f: LossCurve,
  [lo, hi]: readonly [number, number],
  count: number,
  extra: readonly number[] = [],
): CurvePoint[] {
  const l0 = Math.log10(lo);
  const step = (Math.log10(hi) - l0) / (count - 1);
  const rates = Array.from({ length: count }, (_, i) =>
    i === count - 1 ? hi : i === 0 ? lo : 10 ** (l0 + i * step),
  );
  for (const r of extra) if (r > lo && r < hi) rates.push(r);
  return rates.sort((a, b) => a - b).map((rps) => ({ rps, p: f(rps) }));
}

/** The rate in [a, b] (log-bisection) where f crosses `level`; f(a) and f(b) lie on either side. */
function findCrossing(f: LossCurve, a: number, b: number, level: number): number {
  const aboveAtA = f(a) >= level;
  let [lo, hi] = [Math.log10(a), Math.log10(b)];
  for (let i = 0; i < 48; i++) {
    const mid = (lo + hi) / 2;
    if (f(10 ** mid) >= level === aboveAtA) lo = mid;
    else hi = mid;
  }
  return 10 ** ((lo + hi) / 2);
}

/**
 * The runs of the curve at or above `floor` (a log axis cannot show less), each ending exactly
 * where the curve crosses the floor, so clipped lines meet the axis instead of stopping short.
 */
export function splitAboveFloor(f: LossCurve, points: readonly CurvePoint[], floor: number) {
  const runs: CurvePoint[][] = [];
  let run: CurvePoint[] = [];
  let prev: CurvePoint | undefined;
  for (const pt of points) {
    const above = pt.p >= floor;
    if (prev && above !== prev.p >= floor) {
      const cross = { rps: findCrossing(f, prev.rps, pt.rps, floor), p: floor };
      if (above) run.push(cross);
      else {
        run.push(cross);
        runs.push(run);
        run = [];
      }
    }
    if (above) run.push(pt);
    prev = pt;
  }
  if (run.length > 0) runs.push(run);
  return runs.filter((r) => r.length > 1);
}

/**
 * The curve's highest point strictly inside the sampled range, refined by ternary search in
 * log(rps) between the best sample's neighbours (p(λ) is unimodal there), or null when the
 * highest sample is at either end: no peak in view (e.g. a client that never notices FINs).
 */
export function findPeak(f: LossCurve, points: readonly CurvePoint[]): CurvePoint | null {
  let best = 0;
  for (let i = 1; i < points.length; i++)
    if ((points[i]?.p ?? 0) > (points[best]?.p ?? 0)) best = i;
  const left = points[best - 1];
  const right = points[best + 1];
  if (!left || !right || !((points[best]?.p ?? 0) > 0)) return null;
  let [lo, hi] = [Math.log10(left.rps), Math.log10(right.rps)];
  for (let i = 0; i < 80; i++) {
    const m1 = lo + (hi - lo) / 3;
    const m2 = hi - (hi - lo) / 3;
    if (f(10 ** m1) < f(10 ** m2)) lo = m1;
    else hi = m2;
  }
  const rps = 10 ** ((lo + hi) / 2);
  return { rps, p: f(rps) };
}
