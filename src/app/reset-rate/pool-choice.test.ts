import { describe, expect, it } from 'vitest';
import { parsePoolText, poolTraffic } from './pool-choice';

describe('pool size field', () => {
  it('reads empty as one connection, whole numbers as N, and explains the rest', () => {
    expect(parsePoolText('')).toEqual({ ok: true, value: null });
    expect(parsePoolText(' 50 ')).toEqual({ ok: true, value: 50 });
    expect(parsePoolText('1 000')).toEqual({ ok: true, value: 1000 });
    expect(parsePoolText('0').ok).toBe(false);
    expect(parsePoolText('2.5').ok).toBe(false);
    expect(parsePoolText('200000').ok).toBe(false);
  });
  it("passes only what the user chose: the client's own order stays the catalog's", () => {
    expect(poolTraffic({ size: null, reuse: 'client' })).toEqual({});
    expect(poolTraffic({ size: 50, reuse: 'fifo' })).toEqual({ poolSize: 50, reuseOrder: 'fifo' });
  });
});
