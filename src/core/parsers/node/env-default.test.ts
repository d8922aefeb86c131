import { describe, expect, it } from 'vitest';
import { envDefault } from './env-default';

describe('envDefault', () => {
  it.each([
    ['process.env.KA || 65000', 65_000],
    ['process.env.KA ?? 65_000', 65_000],
    ["Number(process.env.KA || '65000')", 65_000],
    ["parseInt(process.env['KA'] ?? '65000', 10)", 65_000],
    ['Number(process.env.KA) || 65 * 1000', 65_000],
    ['parseInt(process.env.KA, 10) || BASE + 5000', 65_000],
    ['+process.env.KA || 65000', 65_000],
    ['process.env.KA ? Number(process.env.KA) : 65000', 65_000],
  ])('%s falls back to %d ms', (expr, ms) => {
    expect(envDefault(expr, { BASE: 60_000 })).toEqual({ value: ms, variable: 'KA' });
  });

  it.each([
    // An unset variable converts to NaN, and `??` keeps NaN: the fallback is never used.
    'Number(process.env.KA) ?? 65000',
    '+process.env.KA ?? 65000',
    'process.env.KA',
    'Number(process.env.KA)',
    'process.env.KA || config.keepAlive',
    'readKeepAlive() || 65000',
  ])('%s has no written fallback', (expr) => {
    expect(envDefault(expr, {})).toBeUndefined();
  });
});
