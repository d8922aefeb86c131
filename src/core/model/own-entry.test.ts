import { describe, expect, it } from 'vitest';
import { ownEntry } from './own-entry';

describe('ownEntry', () => {
  const table: Record<string, number> = { keepalive: 1 };
  it('finds own entries', () => expect(ownEntry(table, 'keepalive')).toBe(1));
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'does not find %s on the prototype',
    (key) => expect(ownEntry(table, key)).toBeUndefined(),
  );
});
