/**
 * A small seeded pseudo-random generator for the race simulator: sfc32 (Small Fast Counter,
 * 128-bit state, passes PractRand/BigCrush), its state filled from the seed by splitmix32.
 * Deterministic across platforms: only 32-bit integer arithmetic (`Math.imul`, `>>>`, `|0`).
 */
export type Random = () => number;

/** splitmix32 step: spreads a 32-bit counter over all bits. */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/**
 * Returns a generator of uniform numbers in [0, 1) (32 random bits each) for a seed.
 * Any finite number is a seed: its integer part's low and high 32 bits both count, so 1 and
 * 2^32 + 1 give different streams. Same seed, same stream.
 */
export function createRng(seed: number): Random {
  const whole = Number.isFinite(seed) ? Math.trunc(seed) : 0;
  const lo = whole >>> 0;
  const hi = Math.floor(whole / 4294967296) >>> 0;
  let a = mix32(lo);
  let b = mix32(a ^ hi);
  let c = mix32(b + 0x6a09e667);
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs: sfc32's authors advise a short warm-up after seeding.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** An exponential draw with the given mean (same unit as the mean); mean 0 gives 0. */
export const drawExponential = (random: Random, mean: number): number =>
  -Math.log(1 - random()) * mean;
