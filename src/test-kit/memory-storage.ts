import type { KeyValueStorage } from '../app/store/storage';

/**
 * A Map-backed local storage for tests. `quotaChars`: like a browser's quota, a write that would
 * make keys and values take more characters than this throws (and changes nothing).
 */
export function memoryStorage(init: Record<string, string> = {}, quotaChars = Infinity) {
  const map = new Map(Object.entries(init));
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const storage: KeyValueStorage = {
    getItem: (k) => map.get(k) ?? null,
    setItem(k, v) {
      const after = used() - (map.has(k) ? k.length + (map.get(k)?.length ?? 0) : 0);
      if (after + k.length + v.length > quotaChars)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
  return { map, storage };
}
