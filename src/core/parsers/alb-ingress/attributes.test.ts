import { describe, expect, it } from 'vitest';
import { parseAttributeList } from './attributes';

describe('parseAttributeList', () => {
  it('splits pairs and finds each key in the source', () => {
    const source = '"a=1, idle_timeout.timeout_seconds=600"';
    const list = parseAttributeList('a=1, idle_timeout.timeout_seconds=600', source, 100);
    expect(list.pairs).toEqual([
      { key: 'a', value: '1', offset: 101 },
      { key: 'idle_timeout.timeout_seconds', value: '600', offset: 106 },
    ]);
    expect(list.malformed).toEqual([]);
  });

  it('moves on through repeated keys and reports items without "=" or with a line break', () => {
    const value = 'k=1,k=2,flag\nk=3';
    const list = parseAttributeList(value, value, 0);
    expect(list.pairs.map((p) => p.offset)).toEqual([0, 4]);
    expect(list.malformed).toEqual([{ text: 'flag\nk=3', offset: 8 }]);
  });

  it('leaves the offset undefined when the key is spelled differently in the source', () => {
    const list = parseAttributeList('idle=1', '"\\x69dle=1"', 0);
    expect(list.pairs[0]?.offset).toBeUndefined();
  });
});
