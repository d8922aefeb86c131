import { describe, expect, it } from 'vitest';
import { parseKeepAliveHeader } from './keep-alive-header';

describe('parseKeepAliveHeader (RFC 2068 §19.7.1.1)', () => {
  it.each([
    [['timeout=5, max=1000'], { timeoutMs: 5000, max: 1000 }], // Apache httpd's default
    [['timeout=2'], { timeoutMs: 2000, max: null }], // nginx `keepalive_timeout 2s 2s`
    [['Timeout=5,MAX=7'], { timeoutMs: 5000, max: 7 }], // names are case-insensitive
    [['timeout="15"'], { timeoutMs: 15000, max: null }], // quoted-string value
    [['max=100'], { timeoutMs: null, max: 100 }],
    [['timeout=5', 'max=9'], { timeoutMs: 5000, max: 9 }], // two header lines, one list
    [['timeout=1.5'], { timeoutMs: 1500, max: null }],
    [['foo="a,b", timeout=3'], { timeoutMs: 3000, max: null }], // comma inside quotes
    [['timeout=4, timeout=9'], { timeoutMs: 4000, max: null }], // the first wins
    [[''], { timeoutMs: null, max: null }],
  ])('%j', (values, hint) => {
    const r = parseKeepAliveHeader(values);
    expect(r.hint).toEqual(hint);
    expect(r.problems).toEqual([]);
  });

  it('names a value that is not a number and ignores it', () => {
    const r = parseKeepAliveHeader(['timeout=-1, max=1e3']);
    expect(r.hint).toEqual({ timeoutMs: null, max: null });
    expect(r.problems).toHaveLength(2);
  });

  it('reads a huge header in linear time without throwing', () => {
    const r = parseKeepAliveHeader([`${'"'.repeat(50_001)},`.repeat(4) + 'timeout=1']);
    expect(r.hint.timeoutMs === null || r.hint.timeoutMs === 1000).toBe(true);
  });
});
