import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatMs, formatSpan, formatTick, parseTick } from './format';

describe('time labels', () => {
  it('ticks carry the step precision and their unit', () => {
    expect(formatTick(5000.5, 0.5)).toBe('5000.5 ms');
    expect(formatTick(60000, 0.5)).toBe('60\u2009000 ms');
    expect(formatTick(20000, 10000)).toBe('20 s');
    expect(formatTick(2500, 500)).toBe('2500 ms');
    expect(formatTick(0.025, 0.005)).toBe('0.025 ms');
  });
  fcTest.prop([
    fc.integer({ min: 0, max: 10_000_000 }),
    fc.constantFrom(0.001, 0.01, 0.5, 1, 2, 5, 1000, 10_000),
  ])('parseTick inverts formatTick on multiples of the step', (n, step) => {
    const v = n * step;
    expect(parseTick(formatTick(v, step))).toBeCloseTo(v, 6);
  });
  it('captions and spans', () => {
    expect(formatMs(5000)).toBe('5 s');
    expect(formatMs(4999.75)).toBe('4999.75 ms');
    expect(formatMs(60000.5)).toBe('60\u2009000.5 ms');
    expect(formatMs(600_000)).toBe('10 min');
    expect(formatMs(null)).toBe('∞');
    expect(formatSpan(13.75)).toBe('13.75 ms');
    expect(formatSpan(4998.5)).toBe('≈ 5 s');
    expect(formatSpan(5000)).toBe('5 s');
  });
});
