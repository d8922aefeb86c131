import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  describeDuration,
  formatDuration,
  ms,
  parseDuration,
  type DurationDialect,
} from './duration';

const val = (text: string, d: DurationDialect) => {
  const r = parseDuration(text, d);
  return r.ok ? r.value : `error: ${r.error}`;
};

describe('parseDuration', () => {
  it.each([
    ['65', 'nginx', 65000],
    ['65s', 'nginx', 65000],
    ['1m30s', 'nginx', 90000],
    ['500ms', 'nginx', 500],
    ['1M', 'nginx', 30 * 86_400_000],
    ['1h', 'nginx', 3_600_000],
    ['1m30', 'nginx', 90000],
    ['90s', 'go', 90000],
    ['1h2m3.5s', 'go', 3_723_500],
    ['1.5h', 'go', 5_400_000],
    ['300ms', 'go', 300],
    ['0', 'go', 0],
    ['60s', 'spring', 60000],
    ['60000', 'spring', 60000],
    ['1M', 'spring', 60000],
    ['PT1M30S', 'spring', 90000],
    ['60', 'haproxy', 60],
    ['60s', 'haproxy', 60000],
    ['75', 'seconds', 75000],
    ['2.5', 'seconds', 2500],
    ['65_000', 'ms', 65000],
    ['PT0.5S', 'iso8601', 500],
    ['P1DT1H', 'iso8601', 90_000_000],
    ['1m30s', 'human', 90000],
    ['1m 30s', 'human', 90000],
    ['90000', 'human', 90000],
    ['1.5s', 'human', 1500],
    ['none', 'human', null],
    ['∞', 'human', null],
  ] as const)('%s in %s → %s', (text, dialect, expected) => {
    expect(val(text, dialect)).toBe(expected);
  });

  it.each([
    ['30s1m', 'nginx'],
    ['5x', 'nginx'],
    ['1.5s', 'nginx'],
    ['90', 'go'],
    ['1m30s', 'spring'],
    ['2w', 'spring'],
    ['1y', 'spring'],
    ['1.5s', 'haproxy'],
    ['-5', 'seconds'],
    ['abc', 'human'],
    ['', 'human'],
    ['P', 'iso8601'],
    ['PT', 'iso8601'],
  ] as const)('rejects %s in %s', (text, dialect) => {
    expect(parseDuration(text, dialect).ok).toBe(false);
  });

  it.each(['nginx', 'go', 'spring', 'haproxy', 'seconds', 'ms', 'iso8601', 'human'] as const)(
    'never returns Infinity: a 400-digit number in %s is an error',
    (dialect) => {
      const huge = '9'.repeat(400);
      const text = { go: `${huge}s`, iso8601: `PT${huge}S` }[dialect as string] ?? huge;
      const r = parseDuration(text, dialect);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.length).toBeLessThan(120);
    },
  );

  it('describes durations for people', () => {
    expect(describeDuration(ms(500))).toBe('500 ms');
    expect(describeDuration(ms(65000))).toBe('65 s');
    expect(describeDuration(ms(1500))).toBe('1.5 s');
    expect(describeDuration(ms(600000))).toBe('10 min');
    expect(describeDuration(ms(7_200_000))).toBe('2 h');
    expect(describeDuration(null)).toBe('∞');
  });

  it('formats snippets in each dialect', () => {
    expect(formatDuration(ms(65000), 'nginx')).toBe('65s');
    expect(formatDuration(ms(60000), 'nginx')).toBe('1m');
    expect(formatDuration(ms(1500), 'nginx')).toBe('1500ms');
    expect(formatDuration(ms(90000), 'go')).toBe('1m30s');
    expect(formatDuration(ms(65000), 'seconds')).toBe('65');
    expect(formatDuration(ms(65000), 'ms')).toBe('65000');
    expect(formatDuration(ms(90500), 'human')).toBe('1m30s500ms');
  });
});

const DIALECTS: DurationDialect[] = ['nginx', 'go', 'spring', 'haproxy', 'ms', 'iso8601', 'human'];

describe('duration properties', () => {
  test.prop([fc.string(), fc.constantFrom<DurationDialect>(...DIALECTS, 'seconds')], {
    numRuns: 5000,
  })('garbage never throws', (s, d) => {
    const r = parseDuration(s, d);
    expect(typeof r.ok).toBe('boolean');
  });

  test.prop([fc.integer({ min: 0, max: 10 * 86_400_000 }), fc.constantFrom(...DIALECTS)])(
    'parse ∘ format is identity on whole milliseconds',
    (n, d) => {
      expect(parseDuration(formatDuration(ms(n), d), d)).toEqual({ ok: true, value: n });
    },
  );

  test.prop([fc.integer({ min: 0, max: 1_000_000 })])(
    'seconds round-trip on whole seconds',
    (n) => {
      expect(parseDuration(formatDuration(ms(n * 1000), 'seconds'), 'seconds')).toEqual({
        ok: true,
        value: n * 1000,
      });
    },
  );
});
