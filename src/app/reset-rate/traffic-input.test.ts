import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  formatRpsField,
  formatSharePercent,
  parseRpsText,
  parseSharePercentText,
} from './traffic-input';

describe('parseRpsText', () => {
  it('reads plain, spaced and exponent numbers', () => {
    expect(parseRpsText('0.2')).toEqual({ ok: true, value: 0.2 });
    expect(parseRpsText(' 1 500 ')).toEqual({ ok: true, value: 1500 });
    expect(parseRpsText('1_000')).toEqual({ ok: true, value: 1000 });
    expect(parseRpsText('2e-3')).toEqual({ ok: true, value: 0.002 });
    expect(parseRpsText('.5')).toEqual({ ok: true, value: 0.5 });
  });
  it('rejects nonsense with a reason', () => {
    for (const t of ['', 'abc', '-1', '0', '1e400', '2 rps', '0x10', 'NaN', 'Infinity'])
      expect(parseRpsText(t).ok, t).toBe(false);
    expect(parseRpsText('-1')).toMatchObject({
      message: 'Requests per second must be more than 0.',
    });
    expect(parseRpsText('0,2')).toMatchObject({ message: 'Use a dot for decimals, e.g. 0.2.' });
    expect(parseRpsText('2000000')).toMatchObject({ ok: false });
  });
  test.prop([fc.string()])('never throws and accepts only rates in (0, 1e6]', (s) => {
    const r = parseRpsText(s);
    if (r.ok) expect(r.value > 0 && r.value <= 1e6).toBe(true);
  });
  test.prop([fc.double({ min: 1e-6, max: 1e6, noNaN: true })])('reads back what it shows', (x) => {
    const r = parseRpsText(formatRpsField(x));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(Number(x.toPrecision(6)), 10);
  });
});

describe('parseSharePercentText', () => {
  it('reads percent as a share', () => {
    expect(parseSharePercentText('10')).toEqual({ ok: true, value: 0.1 });
    expect(parseSharePercentText('12.5 %')).toEqual({ ok: true, value: 0.125 });
    expect(parseSharePercentText('0')).toEqual({ ok: true, value: 0 });
    expect(parseSharePercentText('100')).toEqual({ ok: true, value: 1 });
  });
  it('rejects out-of-range and text', () => {
    for (const t of ['101', '-5', 'half', '']) expect(parseSharePercentText(t).ok, t).toBe(false);
  });
  it('shows a share as percent', () => {
    expect(formatSharePercent(0.125)).toBe('12.5');
    expect(formatSharePercent(0.1)).toBe('10');
  });
});
