import type { Chain } from '../../core/model/chain';
import type { SourceFile } from '../../core/parsers/types';
import { chainFromShareJson, chainToShareJson } from '../../core/share';
import type { AppStore } from './create-store';
import type { ThemeChoice } from './types';

/** The subset of the Web Storage API we use (tests pass a Map-backed fake). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const STORAGE_KEYS = {
  chain: 'timeout-chain:chain',
  previous: 'timeout-chain:previous',
  theme: 'timeout-chain:theme',
  /** The config files imported into the chain (for re-parsing and opt-in sharing). */
  sources: 'timeout-chain:sources',
  /** A save that could not be read is moved here, never deleted. */
  corrupt: 'timeout-chain:corrupt',
} as const;

const FORMAT = 'timeout-chain/chain@1';

export interface SavedSession {
  /** The user's last chain; null on a first visit (or when the save was unreadable). */
  chain: Chain | null;
  previous: Chain | null;
  theme: ThemeChoice;
  /** The config text imported into the saved chain; null when none was saved. */
  sources: SourceFile[] | null;
  /** Messages for the user about saves that could not be read. */
  problems: string[];
}

function readChain(
  storage: KeyValueStorage,
  key: typeof STORAGE_KEYS.chain | typeof STORAGE_KEYS.previous,
  problems: string[],
): Chain | null {
  const text = storage.getItem(key);
  if (text === null) return null;
  let result: ReturnType<typeof chainFromShareJson>;
  try {
    const envelope = JSON.parse(text) as { format?: unknown; chain?: unknown } | null;
    result =
      envelope?.format === FORMAT
        ? chainFromShareJson(envelope.chain)
        : { ok: false, error: 'unknown save format' };
  } catch {
    result = { ok: false, error: 'not JSON' };
  }
  if (result.ok) return result.value;
  // Keep the unreadable save where a person (or a later version) can still get it back.
  storage.setItem(STORAGE_KEYS.corrupt, text);
  storage.removeItem(key);
  const what = key === STORAGE_KEYS.chain ? 'Your saved chain' : 'The chain kept for restoring';
  const instead = key === STORAGE_KEYS.chain ? ' The example chain was opened instead.' : '';
  problems.push(
    `${what} could not be read (${result.error}); its text was kept in this browser's storage under "${STORAGE_KEYS.corrupt}".${instead}`,
  );
  return null;
}

const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/**
 * Config text bigger than this is not kept across visits: local storage holds about 5 MB per
 * site, and the chain itself must always fit.
 */
export const MAX_SAVED_SOURCE_CHARS = 1_000_000;

/** Saved config files, or null when there are none or they cannot be read (never throws). */
function readSources(storage: KeyValueStorage): SourceFile[] | null {
  const text = storage.getItem(STORAGE_KEYS.sources);
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
  storage.removeItem(STORAGE_KEYS.sources);
  return null;
}

/** Reads what an earlier visit saved. Never throws; unreadable saves become `problems`. */
export function loadSession(storage: KeyValueStorage | null): SavedSession {
  const problems: string[] = [];
  const nothing = { chain: null, previous: null, theme: 'system', sources: null } as const;
  if (!storage) return { ...nothing, problems };
  try {
    const theme = storage.getItem(STORAGE_KEYS.theme) as ThemeChoice | null;
    const chain = readChain(storage, STORAGE_KEYS.chain, problems);
    return {
      chain,
      previous: readChain(storage, STORAGE_KEYS.previous, problems),
      theme: theme && THEMES.includes(theme) ? theme : 'system',
      // Config text belongs to the chain it was imported into.
      sources: chain ? readSources(storage) : null,
      problems,
    };
  } catch {
    problems.push('Local storage is not available: changes will not survive a reload.');
    return { ...nothing, problems };
  }
}

const envelope = (chain: Chain) =>
  JSON.stringify({
    format: FORMAT,
    savedAt: new Date().toISOString(),
    chain: chainToShareJson(chain),
  });

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
    if (s.chain !== prev.chain) write(STORAGE_KEYS.chain, envelope(s.chain));
    if (s.previousChain !== prev.previousChain)
      write(STORAGE_KEYS.previous, s.previousChain ? envelope(s.previousChain) : null);
    if (s.theme !== prev.theme) write(STORAGE_KEYS.theme, s.theme);
    if (s.sources !== prev.sources) write(STORAGE_KEYS.sources, sourcesEnvelope(s.sources));
  });
}
