import type { Chain } from '../../core/model/chain';
import type { SourceFile } from '../../core/parsers/types';
import type { AppStore } from './create-store';
import { describeRescued, keepRescued, readRescued, type RescuedSave } from './rescued-saves';
import { readSavedChain, writeSavedChain } from './saved-chain';
import { STORAGE_KEYS, type KeyValueStorage } from './storage';
import type { ThemeChoice } from './types';

export { STORAGE_KEYS, type KeyValueStorage } from './storage';

export interface SavedSession {
  /** The user's last chain; null on a first visit (or when the save was unreadable). */
  chain: Chain | null;
  previous: Chain | null;
  theme: ThemeChoice;
  /** The config text imported into the saved chain; null when none was saved. */
  sources: SourceFile[] | null;
  /** Messages for the user about saves that could not be read. */
  problems: string[];
  /** What had to be shortened in saves older versions made past the chain limits. */
  notes: string[];
  /** True when the chain was saved but could not be read (the example opens instead). */
  chainUnreadable: boolean;
  /** Every unreadable save kept (newest first), for download. */
  rescued: RescuedSave[];
  /** How many of `rescued` were set aside in this visit. */
  rescuedNow: number;
}

const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/**
 * Config text bigger than this is not kept across visits: local storage holds about 5 MB per
 * site, and the chain itself must always fit.
 */
export const MAX_SAVED_SOURCE_CHARS = 1_000_000;

/** Saved config files, or null when there are none or they cannot be read (never throws). */
function readSources(text: string | null): SourceFile[] | null {
  if (text === null) return null;
  try {
    const list = JSON.parse(text) as unknown;
    if (
      Array.isArray(list) &&
      list.every(
        (f): f is SourceFile =>
          typeof f === 'object' &&
          f !== null &&
          typeof (f as SourceFile).name === 'string' &&
          typeof (f as SourceFile).text === 'string',
      )
    )
      return list.map((f) => ({ name: f.name, text: f.text }));
  } catch {
    // falls through: config text is a convenience, an unreadable save is dropped
  }
  return null;
}

const EMPTY: SavedSession = {
  chain: null,
  previous: null,
  theme: 'system',
  sources: null,
  problems: [],
  notes: [],
  chainUnreadable: false,
  rescued: [],
  rescuedNow: 0,
};

/** Reads what an earlier visit saved. Never throws; unreadable saves become `problems`. */
export function loadSession(storage: KeyValueStorage | null, now = new Date()): SavedSession {
  if (!storage) return { ...EMPTY, problems: [] };
  let raw: { chain: string | null; previous: string | null; theme: string | null };
  let earlier: RescuedSave[];
  try {
    raw = {
      chain: storage.getItem(STORAGE_KEYS.chain),
      previous: storage.getItem(STORAGE_KEYS.previous),
      theme: storage.getItem(STORAGE_KEYS.theme),
    };
    earlier = readRescued(storage);
  } catch {
    return {
      ...EMPTY,
      problems: ['Local storage is not available: changes will not survive a reload.'],
    };
  }
  const notes: string[] = [];
  const fresh: RescuedSave[] = [];
  const read = (key: string, text: string | null): Chain | null => {
    if (text === null) return null;
    const r = readSavedChain(text);
    if (r.ok) {
      notes.push(...(r.value.repairs ?? []));
      return r.value.chain;
    }
    fresh.push({ key, setAsideAt: now.toISOString(), reason: r.error, text });
    return null;
  };
  const chain = read(STORAGE_KEYS.chain, raw.chain);
  const previous = read(STORAGE_KEYS.previous, raw.previous);
  const unkept = fresh.length > 0 ? keepRescued(storage, fresh, earlier) : [];
  const problems = fresh.map((r) => describeRescued(r, !unkept.includes(r), previous !== null));
  for (const r of fresh) if (!unkept.includes(r)) storage.removeItem(r.key);
  let sources: SourceFile[] | null = null;
  try {
    // Config text belongs to the chain it was imported into.
    sources = chain ? readSources(storage.getItem(STORAGE_KEYS.sources)) : null;
    if (chain && !sources) storage.removeItem(STORAGE_KEYS.sources);
  } catch {
    sources = null;
  }
  const theme = raw.theme as ThemeChoice | null;
  return {
    chain,
    previous,
    theme: theme && THEMES.includes(theme) ? theme : 'system',
    sources,
    problems,
    notes,
    chainUnreadable: raw.chain !== null && chain === null,
    rescued: [...fresh, ...earlier],
    rescuedNow: fresh.length,
  };
}

/** The saved form of the imported config files: null (nothing kept) when there are none or too much. */
function sourcesEnvelope(sources: readonly SourceFile[]): string | null {
  if (sources.length === 0) return null;
  const size = sources.reduce((n, f) => n + f.text.length, 0);
  if (size > MAX_SAVED_SOURCE_CHARS) return null;
  return JSON.stringify(sources.map((f) => ({ name: f.name, text: f.text })));
}

/**
 * Saves the chain, the restorable previous chain, the theme and the imported config text whenever
 * they change, at once (no debounce: a reload right after an edit must find it). Returns the
 * unsubscribe function.
 */
export function startAutosave(store: AppStore, storage: KeyValueStorage): () => void {
  let warned = false;
  const write = (key: string, value: string | null) => {
    try {
      if (value === null) storage.removeItem(key);
      else storage.setItem(key, value);
    } catch {
      if (!warned)
        store
          .getState()
          .notify('error', 'This browser refused to save the chain (storage full or disabled).');
      warned = true;
    }
  };
  return store.subscribe((s, prev) => {
    if (s.chain !== prev.chain) write(STORAGE_KEYS.chain, writeSavedChain(s.chain));
    if (s.previousChain !== prev.previousChain)
      write(STORAGE_KEYS.previous, s.previousChain ? writeSavedChain(s.previousChain) : null);
    if (s.theme !== prev.theme) write(STORAGE_KEYS.theme, s.theme);
    if (s.sources !== prev.sources) write(STORAGE_KEYS.sources, sourcesEnvelope(s.sources));
  });
}
