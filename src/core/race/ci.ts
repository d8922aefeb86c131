/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/**
 * Wilson score interval for a proportion: `successes` out of `trials`, two-sided, z standard
 * errors wide (default 95 %). Unlike p̂ ± z·σ it stays inside [0, 1] and is not empty at 0 or n
 * successes, which matters here: losses are rare. Returns [0, 1] for zero trials.
 */
export function computeWilsonInterval(
  successes: number,
  trials: number,
  z: number = Z_95,
): [number, number] {
  if (trials <= 0) return [0, 1];
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At 0 or n successes the bound is exactly 0 or 1; the formula leaves float dust there.
  const lo = successes <= 0 ? 0 : Math.max(0, centre - half);
  const hi = successes >= trials ? 1 : Math.min(1, centre + half);
  return [lo, hi];
}
