import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../source/diagnostic';
import { SPRING_KEYS } from './keys';
import { convertSpringValue } from './values';

const def = (key: string) => {
  const d = SPRING_KEYS.find((k) => k.key === key);
  if (!d) throw new Error(key);
  return d;
};
const KA = def('server.tomcat.keep-alive-timeout');
const MAX = def('server.tomcat.max-keep-alive-requests');
const at = { line: 3, column: 25 };

function convert(value: string | undefined, d = KA) {
  const diagnostics: Diagnostic[] = [];
  const v = convertSpringValue({ written: d.key, value, keyAt: at, valueAt: at }, d, diagnostics);
  return { v, codes: diagnostics.map((x) => x.code) };
}

describe('convertSpringValue', () => {
  it.each([
    ['60000', 60000], // a bare number is milliseconds in Spring, not seconds
    ['60s', 60000],
    ['1m', 60000],
    ['500ms', 500],
    ['PT1M30S', 90000],
    ['pt20s', 20000],
    ['+30s', 30000],
    ['30_000', 30000],
    ['-1', null],
    ['-1s', null],
    ['0', 0],
    ['-0', 0],
  ])('duration %s → %s ms', (text, want) => {
    expect(convert(text)).toEqual({ v: want, codes: [] });
  });

  it.each([['30 seconds'], ['60S5'], ['1.5s'], ['1w']])(
    'rejects %s, and keeps it as unknown (never the default in its place)',
    (text) => {
      expect(convert(text)).toEqual({
        v: { unknown: text, reason: expect.stringMatching(/^not a duration Spring reads/) },
        codes: ['SPRING_INVALID_DURATION'],
      });
    },
  );

  it('reads counts; -1 is unlimited', () => {
    expect(convert('100', MAX)).toEqual({ v: 100, codes: [] });
    expect(convert('-1', MAX)).toEqual({ v: null, codes: [] });
    expect(convert('1e3', MAX)).toEqual({
      v: { unknown: '1e3', reason: 'not a whole number' },
      codes: ['SPRING_INVALID_COUNT'],
    });
  });

  it('reports empty values and placeholders', () => {
    expect(convert('')).toEqual({ v: undefined, codes: ['SPRING_EMPTY_VALUE'] });
    expect(convert('${KA:5s}')).toEqual({ v: 5000, codes: ['SPRING_PLACEHOLDER_DEFAULT'] });
    // Written but not knowable: unknown, never skipped (which would read as the default).
    expect(convert('${KA}')).toEqual({
      v: { unknown: '${KA}', reason: expect.stringContaining('KA') as string },
      codes: ['SPRING_UNRESOLVED_PLACEHOLDER'],
    });
  });
});
