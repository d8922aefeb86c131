import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatPowerOfTen,
  formatPercent,
  formatProbability,
  formatRequests,
  formatRps,
  groupDigits,
} from './format';

const N = '\u202f';

describe('formatProbability', () => {
  it('shows percentages to 3 significant digits', () => {
    expect(formatProbability(0.00117556776655936)).toBe('0.118 %');
    expect(formatProbability(0.5)).toBe('50 %');
    expect(formatProbability(1)).toBe('100 %');
    expect(formatProbability(1e-5)).toBe('0.001 %');
  });
  it('switches to powers of ten below 0.001 %', () => {
    expect(formatProbability(1.234e-9)).toBe('1.2 × 10⁻⁹');
    expect(formatProbability(1e-7)).toBe('10⁻⁷');
    expect(formatProbability(9.99e-6)).toBe('10⁻⁵');
  });
  it('says 0 % for exactly zero', () => expect(formatProbability(0)).toBe('0 %'));
});

describe('formatPercent (the loss table: one format)', () => {
  it('keeps percentages and never writes a power of ten', () => {
    expect(formatPercent(0.00117556776655936)).toBe('0.118 %');
    expect(formatPercent(1e-5)).toBe('0.001 %');
    expect(formatPercent(1.3e-27)).toBe('< 0.001 %');
    expect(formatPercent(0)).toBe('0 %');
  });
});

describe('formatCount', () => {
  it('rounds by size', () => {
    expect(formatCount(20.31381100614574)).toBe('20.3');
    expect(formatCount(1175.56776655936)).toBe(`1${N}176`);
    expect(formatCount(0.0123)).toBe('0.0123');
    expect(formatCount(0.001)).toBe('< 0.01');
    expect(formatCount(0)).toBe('0');
  });
});

describe('small helpers', () => {
  it('groups digits', () => {
    expect(groupDigits(86400)).toBe(`86${N}400`);
    expect(groupDigits(1234567.5)).toBe(`1${N}234${N}567.5`);
    expect(groupDigits(999)).toBe('999');
  });
  it('writes powers of ten', () => {
    expect(formatPowerOfTen(-12)).toBe('10⁻¹²');
    expect(formatPowerOfTen(0)).toBe('1');
    expect(formatPowerOfTen(3)).toBe('10³');
  });
  it('writes rates and run sizes', () => {
    expect(formatRps(0.2)).toBe('0.2');
    expect(formatRps(1000)).toBe(`1${N}000`);
    expect(formatRps(0.00012345)).toBe('0.000123');
    expect(formatRequests(1e8)).toBe('100 M');
    expect(formatRequests(2.5e6)).toBe('2.5 M');
    expect(formatRequests(65536)).toBe(`65${N}536`);
  });
});
