import { describe, expect, it } from 'vitest';
import { createRng, drawExponential } from './rng';

describe('createRng', () => {
  it('repeats the same stream for the same seed and differs between seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(Array.from({ length: 5 }, c)).not.toEqual(xs);
  });
  it('uses the high bits of large seeds', () => {
    expect(createRng(1)()).not.toBe(createRng(2 ** 32 + 1)());
  });
  it('stays in [0, 1) with a uniform mean and spread', () => {
    const r = createRng(7);
    let sum = 0;
    let sumSq = 0;
    let min = 1;
    let max = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const x = r();
      sum += x;
      sumSq += x * x;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    const mean = sum / n;
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sumSq / n - mean * mean).toBeCloseTo(1 / 12, 2);
  });
  it('fills a histogram evenly (chi-square, 20 bins)', () => {
    const r = createRng(2024);
    const bins = Array.from({ length: 20 }, () => 0);
    const n = 100_000;
    for (let i = 0; i < n; i++) bins[Math.floor(r() * 20)]! += 1;
    const expected = n / 20;
    const chi2 = bins.reduce((s, o) => s + (o - expected) ** 2 / expected, 0);
    // 19 degrees of freedom: the 99.9th percentile is 43.8.
    expect(chi2).toBeLessThan(43.8);
  });
});

describe('drawExponential', () => {
  it('has the requested mean', () => {
    const r = createRng(5);
    let sum = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) sum += drawExponential(r, 250);
    expect(sum / n).toBeGreaterThan(245);
    expect(sum / n).toBeLessThan(255);
  });
});
