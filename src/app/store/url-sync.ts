import type { Chain } from '../../core/model/chain';
import type { SourceFile } from '../../core/parsers/types';
import { decodeShareDocument, encodeShareState } from '../../core/share';
import type { AppStore } from './create-store';
import { sameChain } from './share-slice';

/** The only code that touches `location` and `history` (house style). */

const sameSources = (a: readonly SourceFile[], b: readonly SourceFile[]): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** Wait after the last edit before rewriting the address bar. */
const URL_DEBOUNCE_MS = 300;

/**
 * The URL that opens exactly `chain` (this page with the chain as its fragment); the config text
 * goes in only when `sources` are given (the user's opt-in).
 */
export async function createShareUrl(
  chain: Chain,
  sources?: readonly SourceFile[],
): Promise<string> {
  const fragment = await encodeShareState(chain, sources ? { sources } : {});
  const url = new URL(window.location.href);
  url.hash = fragment;
  return url.toString();
}

/**
 * Opens a link's chain (asking first when the user has a chain of their own), keeps the address
 * bar in step with the chain (debounced `replaceState`), and reacts to links pasted into the
 * address bar of an open tab. `hasSavedChain`: an earlier visit left a chain in this browser.
 */
export function startUrlSync(store: AppStore, hasSavedChain: boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWritten = '';
  /** Counts reads: a link decoded after a newer one was pasted is stale and must not win. */
  let reads = 0;

  const readHash = async (ownChainIsWork: boolean) => {
    const hash = window.location.hash.slice(1);
    if (!hash || hash === lastWritten) return;
    const read = ++reads;
    const decoded = await decodeShareDocument(hash);
    if (read !== reads) return;
    const s = store.getState();
    if (!decoded.ok) {
      s.notify('error', `${decoded.error} Your own chain is unchanged.`);
      return;
    }
    const { repairs, ...doc } = decoded.value;
    if (repairs && repairs.length > 0)
      s.notify('info', `The link was made past this version's limits. ${repairs.join(' ')}`);
    if (sameChain(doc.chain, s.chain)) {
      // The same chain with other config text: the user's own text is work too, so ask.
      if (!doc.sources || sameSources(doc.sources, s.sources)) return;
      if (ownChainIsWork && s.sources.length > 0) s.offerIncoming(doc);
      else s.setSources(doc.sources);
      return;
    }
    if (ownChainIsWork) s.offerIncoming(doc);
    else {
      s.replaceChain(doc.chain, { record: false });
      s.setSources(doc.sources ?? []);
    }
  };

  const writeHash = async (chain: Chain) => {
    const fragment = await encodeShareState(chain);
    if (store.getState().chain !== chain || store.getState().incoming) return;
    lastWritten = fragment;
    window.history.replaceState(window.history.state, '', `#${fragment}`);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.chain === prev.chain && s.incoming === prev.incoming) return;
    if (s.incoming) return; // the link stays in the address bar until the user decides
    clearTimeout(timer);
    timer = setTimeout(() => void writeHash(s.chain), URL_DEBOUNCE_MS);
  });
  const onHashChange = () => {
    // A link the user just opened wins over a pending rewrite of the address bar for an
    // earlier edit (which would otherwise replace the new link before a reload could read it).
    clearTimeout(timer);
    void readHash(true);
  };
  window.addEventListener('hashchange', onHashChange);
  void readHash(hasSavedChain);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    window.removeEventListener('hashchange', onHashChange);
  };
}
