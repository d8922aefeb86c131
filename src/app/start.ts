import { createWorkerParser } from './import/parse-client';
import { createAppStore, type AppStore } from './store/create-store';
import { loadSession, startAutosave, type KeyValueStorage } from './store/persistence';
import { startUrlSync } from './store/url-sync';

/** localStorage, or null where the browser forbids it (some private modes, sandboxed frames). */
function openStorage(): KeyValueStorage | null {
  try {
    const s = window.localStorage;
    s.getItem('timeout-chain:probe');
    return s;
  } catch {
    return null;
  }
}

/**
 * Builds the store from what an earlier visit saved, then starts autosave and URL sync.
 * A link in the address bar is handled by url-sync (asking before it replaces saved work).
 */
export function startApp(): AppStore {
  const storage = openStorage();
  const session = loadSession(storage);
  const store = createAppStore({
    ...(session.chain ? { chain: session.chain } : {}),
    previousChain: session.previous,
    previousFrom: session.chainUnreadable ? 'unreadable-save' : 'link',
    rescued: session.rescued,
    rescuedNow: session.rescuedNow > 0,
    theme: session.theme,
    ...(session.sources ? { sources: session.sources } : {}),
    parseSources: createWorkerParser(),
  });
  // One notice: problems first (they matter most), then what was fitted within the limits.
  const notes = session.notes.map(
    (n) => `Your saved chain was made past this version's limits. ${n}`,
  );
  if (session.problems.length > 0)
    store.getState().notify('error', [...session.problems, ...notes].join(' '));
  else if (notes.length > 0) store.getState().notify('info', notes.join(' '));
  if (storage) startAutosave(store, storage);
  else
    store
      .getState()
      .notify('error', 'This browser does not allow saving: changes will not survive a reload.');
  startUrlSync(store, session.chain !== null);
  return store;
}
