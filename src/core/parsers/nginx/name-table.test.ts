import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { NameTable } from './name-table';

describe('NameTable', () => {
  const table = new NameTable(['keepalive_timeout', 'keepalive', 'listen', 'location', 'lua']);

  it('finds a known name spelled at a range of the text, as the very same string', () => {
    const text = 'x keepalive_timeout 65s; listen 80;';
    const found = table.find(text, 2, 19);
    expect(found).toBe('keepalive_timeout');
    expect(table.find(text, 25, 31)).toBe('listen');
  });

  it('finds nothing for a prefix, a longer word, or a name with the same length and ends', () => {
    const text = 'keepalive_timeouts keepalive lxxxxxxn';
    expect(table.find(text, 0, 18)).toBeUndefined();
    expect(table.find(text, 0, 9)).toBe('keepalive');
    expect(table.find(text, 19, 27)).toBeUndefined(); // `keepaliv`
    expect(table.find('lxxxxn', 0, 6)).toBeUndefined(); // same length and ends as `listen`
    expect(table.find('abc', 1, 1)).toBeUndefined();
  });

  const names = ['a', 'ab', 'ba', 'abc', 'http', 'server', 'proxy_pass', 'ü'];
  const small = new NameTable(names);
  test.prop([fc.string({ maxLength: 12 }), fc.nat(12), fc.nat(12)], { numRuns: 2000 })(
    'agrees with a plain set lookup on any text and range',
    (text, x, y) => {
      const start = Math.min(x, y, text.length);
      const end = Math.min(Math.max(x, y), text.length);
      const slice = text.slice(start, end);
      expect(small.find(text, start, end)).toBe(names.includes(slice) ? slice : undefined);
    },
  );
});
