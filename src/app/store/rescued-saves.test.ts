import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../test-kit/memory-storage';
import { createAppStore } from './create-store';
import { loadSession, startAutosave } from './persistence';
import {
  LEGACY_CORRUPT_KEY,
  MAX_RESCUED,
  MAX_RESCUED_CHARS,
  RESCUED_KEY,
  readRescued,
} from './rescued-saves';
import { writeSavedChain } from './saved-chain';
import { STORAGE_KEYS } from './storage';

const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute));
const bad = (k: number) => `{"format":"timeout-chain/chain@1","chain":{"n":${k}}}`;

describe('unreadable saves are kept, never lost', () => {
  it('keeps both when the chain and the previous chain are unreadable, then a third', () => {
    const { storage } = memoryStorage({
      [STORAGE_KEYS.chain]: bad(1),
      [STORAGE_KEYS.previous]: bad(2),
    });
    const first = loadSession(storage, at(1));
    expect(first.rescued.map((r) => [r.key, r.text, r.setAsideAt])).toEqual([
      [STORAGE_KEYS.chain, bad(1), at(1).toISOString()],
      [STORAGE_KEYS.previous, bad(2), at(1).toISOString()],
    ]);
    expect(first.problems).toHaveLength(2);
    storage.setItem(STORAGE_KEYS.chain, bad(3));
    const second = loadSession(storage, at(2));
    expect(second.rescued.map((r) => r.text)).toEqual([bad(3), bad(1), bad(2)]);
    expect(second.rescuedNow).toBe(1);
    expect(readRescued(storage)).toEqual(second.rescued);
  });

  it('keeps the newest few within a size cap, and folds in the one slot older versions used', () => {
    const { storage } = memoryStorage({ [LEGACY_CORRUPT_KEY]: 'old' });
    for (let k = 0; k < MAX_RESCUED + 2; k++) {
      storage.setItem(STORAGE_KEYS.chain, bad(k));
      loadSession(storage, at(k));
    }
    const kept = readRescued(storage);
    expect(kept.map((r) => r.text)).toEqual([6, 5, 4, 3, 2].map(bad));
    expect(storage.getItem(LEGACY_CORRUPT_KEY)).toBeNull();
    storage.setItem(STORAGE_KEYS.chain, 'x'.repeat(MAX_RESCUED_CHARS + 1));
    const huge = loadSession(storage, at(9));
    expect(huge.rescued[0]?.text).toHaveLength(MAX_RESCUED_CHARS + 1);
    expect(readRescued(storage).map((r) => r.text)).toEqual(kept.map((r) => r.text));
    expect(storage.getItem(STORAGE_KEYS.chain)).toHaveLength(MAX_RESCUED_CHARS + 1);
  });

  it('reports a corrupt 5 MB save as unreadable, not as storage being unavailable', () => {
    const big = `{"format":"timeout-chain/chain@1","chain":{"n":"${'x'.repeat(5_000_000)}"}}`;
    const { storage } = memoryStorage({ [STORAGE_KEYS.chain]: big }, 5_200_000);
    const session = loadSession(storage);
    expect(session.problems).toHaveLength(1);
    expect(session.problems[0]).toMatch(/^Your saved chain could not be read: the save's nodes/);
    expect(session.problems[0]).not.toMatch(/not available/);
    expect(session.rescued[0]?.text).toBe(big);
  });

  it('offers the previous save when the current one is unreadable', () => {
    const mine = createAppStore().getState().chain;
    const { storage } = memoryStorage({
      [STORAGE_KEYS.chain]: '{{{',
      [STORAGE_KEYS.previous]: writeSavedChain(mine),
    });
    const session = loadSession(storage);
    expect(session.chain).toBeNull();
    expect(session.chainUnreadable).toBe(true);
    expect(session.previous).toEqual(mine);
    expect(session.problems[0]).toMatch(/the chain saved before it can be restored/);
    const store = createAppStore({ previousChain: session.previous });
    startAutosave(store, storage);
    store.getState().restorePrevious();
    expect(loadSession(storage).chain).toEqual(mine);
    expect(JSON.parse(storage.getItem(RESCUED_KEY) ?? '[]')).toHaveLength(1);
  });
});
