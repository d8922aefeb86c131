import { describe, expect, it } from 'vitest';
import { computeWilsonInterval } from './ci';

describe('computeWilsonInterval', () => {
  it('matches the textbook value for 10 of 100', () => {
    // Wilson 95 %: 0.0552 … 0.1744 (Newcombe 1998, table I method 3 gives the same construction).
    const [lo, hi] = computeWilsonInterval(10, 100);
    expect(lo).toBeCloseTo(0.05523, 4);
    expect(hi).toBeCloseTo(0.17437, 4);
  });
  it('is not empty at zero successes', () => {
    const [lo, hi] = computeWilsonInterval(0, 1000);
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(0.003826, 5);
  });
  it('narrows as trials grow and always contains p̂', () => {
    const [lo1, hi1] = computeWilsonInterval(5, 100);
    const [lo2, hi2] = computeWilsonInterval(500, 10_000);
    expect(hi2 - lo2).toBeLessThan(hi1 - lo1);
    expect(lo2).toBeLessThan(0.05);
    expect(hi2).toBeGreaterThan(0.05);
  });
  it('is [0, 1] without trials', () => {
    expect(computeWilsonInterval(0, 0)).toEqual([0, 1]);
  });
});
