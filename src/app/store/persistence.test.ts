import { describe, expect, it } from 'vitest';
import { INCIDENT_PRESETS } from '../presets';
import { createAppStore } from './create-store';
import {
  MAX_SAVED_SOURCE_CHARS,
  STORAGE_KEYS,
  loadSession,
  startAutosave,
  type KeyValueStorage,
} from './persistence';
import { RESCUED_KEY } from './rescued-saves';
import { memoryStorage } from '../../test-kit/memory-storage';

describe('local persistence', () => {
  it('a first visit has nothing saved', () => {
    expect(loadSession(memoryStorage().storage)).toEqual({
      chain: null,
      previous: null,
      theme: 'system',
      sources: null,
      problems: [],
      notes: [],
      chainUnreadable: false,
      rescued: [],
      rescuedNow: 0,
    });
  });

  it('keeps the imported config text across visits, so it can still be re-read or shared', () => {
    const { map, storage } = memoryStorage();
    const store = createAppStore();
    startAutosave(store, storage);
    const files = [{ name: 'nginx.conf', text: 'keepalive_timeout 30s;\n' }];
    store.getState().setSettingText(1, 'keepalive_timeout', '50s');
    store.getState().setSources(files);
    const session = loadSession(storage);
    expect(session.sources).toEqual(files);
    const next = createAppStore({
      ...(session.chain ? { chain: session.chain } : {}),
      ...(session.sources ? { sources: session.sources } : {}),
    });
    expect(next.getState().sources).toEqual(files);
    store.getState().setSources([]);
    expect(map.has(STORAGE_KEYS.sources)).toBe(false);
  });

  it('does not keep config text too big for local storage, and drops an unreadable save', () => {
    const { map, storage } = memoryStorage();
    const store = createAppStore();
    startAutosave(store, storage);
    store.getState().setSettingText(1, 'keepalive_timeout', '50s');
    store.getState().setSources([{ name: 'a.conf', text: 'x' }]);
    expect(map.has(STORAGE_KEYS.sources)).toBe(true);
    store
      .getState()
      .setSources([{ name: 'big.conf', text: 'x'.repeat(MAX_SAVED_SOURCE_CHARS + 1) }]);
    expect(map.has(STORAGE_KEYS.sources)).toBe(false);
    map.set(STORAGE_KEYS.sources, '{"not": "a list"}');
    expect(loadSession(storage).sources).toBeNull();
    expect(map.has(STORAGE_KEYS.sources)).toBe(false);
  });

  it('restores no config text without the chain it belongs to', () => {
    const { storage } = memoryStorage({
      [STORAGE_KEYS.sources]: JSON.stringify([{ name: 'a.conf', text: 'x' }]),
    });
    expect(loadSession(storage).sources).toBeNull();
  });

  it('saves every chain change and restores it on the next visit', () => {
    const { map, storage } = memoryStorage();
    const store = createAppStore();
    startAutosave(store, storage);
    store.getState().setSettingText(1, 'keepalive_timeout', '50s');
    store.getState().setTheme('dark');
    const session = loadSession(storage);
    expect(session.chain).toEqual(store.getState().chain);
    expect(session.chain?.nodes[1]?.settings['keepalive_timeout']?.value).toBe(50_000);
    expect(session.theme).toBe('dark');
    expect(map.has(STORAGE_KEYS.previous)).toBe(false);
  });

  it('keeps the chain a shared link replaced', () => {
    const { storage } = memoryStorage();
    const store = createAppStore();
    startAutosave(store, storage);
    const mine = store.getState().chain;
    store.getState().offerIncoming({ chain: INCIDENT_PRESETS[0]!.chain });
    expect(store.getState().chain).toBe(mine);
    store.getState().acceptIncoming();
    expect(loadSession(storage).previous).toEqual(mine);
    expect(loadSession(storage).chain).toEqual(INCIDENT_PRESETS[0]!.chain);
    store.getState().restorePrevious();
    expect(store.getState().chain).toEqual(mine);
    expect(loadSession(storage).previous).toBeNull();
  });

  it.each([
    ['not JSON', '{{{'],
    ['a foreign format', JSON.stringify({ format: 'other', chain: {} })],
    ['an invalid chain', JSON.stringify({ format: 'timeout-chain/chain@1', chain: { n: 5 } })],
  ])('moves a corrupt save (%s) aside instead of losing it', (_what, text) => {
    const { map, storage } = memoryStorage({ [STORAGE_KEYS.chain]: text });
    const session = loadSession(storage);
    expect(session.chain).toBeNull();
    expect(session.problems).toHaveLength(1);
    expect(session.rescued.map((r) => r.text)).toEqual([text]);
    expect(JSON.parse(map.get(RESCUED_KEY) ?? '[]')).toEqual(session.rescued);
    expect(map.has(STORAGE_KEYS.chain)).toBe(false);
  });

  it('survives a storage that throws', () => {
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    expect(loadSession(throwing).problems[0]).toMatch(/not available/);
    const store = createAppStore();
    startAutosave(store, throwing);
    store.getState().removeNode(0);
    store.getState().removeNode(0);
    expect(store.getState().notices.filter((n) => n.tone === 'error')).toHaveLength(1);
  });
});
