import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { evaluateArithmetic } from './arithmetic';

const GO = {
  'time.Nanosecond': 1e-6,
  'time.Millisecond': 1,
  'time.Second': 1000,
  'time.Minute': 60_000,
};

describe('evaluateArithmetic', () => {
  it.each([
    ['90 * time.Second', 90_000],
    ['65_000', 65_000],
    ['5 * 60 * 1000', 300_000],
    ['(1 + 2) * 3', 9],
    ['time.Minute + 30*time.Second', 90_000],
    ['-2 + 5', 3],
    ['10 / 4', 2.5],
    ['1.5e3', 1500],
    ['60L', 60],
  ])('%s = %d', (expr, value) => {
    expect(evaluateArithmetic(expr, GO)).toEqual({ ok: true, value });
  });

  it.each([
    `${'9'.repeat(400)} * time.Second`,
    `${'9'.repeat(400)} - ${'9'.repeat(400)}`,
    '1e308 * 10',
  ])('never returns a non-finite number: %s is an error', (expr) => {
    expect(evaluateArithmetic(expr.slice(0, 2000), GO).ok).toBe(false);
  });

  it('calls one-argument functions', () => {
    expect(
      evaluateArithmetic('time.Duration(30) * time.Second', GO, { 'time.Duration': (x) => x }),
    ).toEqual({
      ok: true,
      value: 30_000,
    });
  });

  it.each([
    'valueOf(1)',
    'toString',
    'constructor(2)',
    '90 *',
    'idle * 2',
    '(1 + 2',
    '1 / 0',
    'foo(3)',
    '3 $ 4',
    '',
  ])('rejects %s', (expr) => {
    expect(evaluateArithmetic(expr, GO).ok).toBe(false);
  });

  test.prop([fc.string()], { numRuns: 5000 })('garbage never throws', (s) => {
    expect(typeof evaluateArithmetic(s, GO).ok).toBe('boolean');
  });

  test.prop([
    fc.integer({ min: -1000, max: 1000 }),
    fc.integer({ min: -1000, max: 1000 }),
    fc.integer({ min: 1, max: 50 }),
  ])('agrees with JavaScript on + and *', (a, b, c) => {
    expect(evaluateArithmetic(`${a} + ${b} * ${c}`)).toEqual({ ok: true, value: a + b * c });
  });
});
