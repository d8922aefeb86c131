import type { StateCreator } from 'zustand';
import type { Chain } from '../../core/model/chain';
import { chainToShareJson } from '../../core/share';
import type { AppState, ShareSlice } from './types';

/**
 * Same chain content, compared in the share format's field order (a link's chain is a fresh
 * object, its keys in another order, even when it is the user's own).
 */
export const sameChain = (a: Chain, b: Chain): boolean =>
  JSON.stringify(chainToShareJson(a)) === JSON.stringify(chainToShareJson(b));

/**
 * A shared link never silently replaces the user's chain: its chain waits in `incoming` until the
 * user opens it, and the chain it replaces stays restorable in `previousChain`.
 */
export const createShareSlice =
  (
    initialPrevious: AppState['previousChain'],
    previousFrom: AppState['previousFrom'],
  ): StateCreator<AppState, [], [], ShareSlice> =>
  (set, get) => ({
    incoming: null,
    previousChain: initialPrevious,
    previousFrom,
    offerIncoming: (doc) => set({ incoming: doc }),
    acceptIncoming() {
      const { incoming, chain } = get();
      if (!incoming) return;
      if (sameChain(incoming.chain, chain)) {
        // Only the config text differs (the link's question said so): the chain stays.
        set({ incoming: null });
        get().setSources(incoming.sources ?? []);
        get().notify('success', 'Opened the config text from the shared link.');
        return;
      }
      set({ incoming: null, previousChain: chain, previousFrom: 'link' });
      get().replaceChain(incoming.chain);
      get().setSources(incoming.sources ?? []);
      get().notify('success', 'Opened the shared chain. Your previous chain can be restored.');
    },
    declineIncoming() {
      if (!get().incoming) return;
      set({ incoming: null });
      get().notify('info', 'Kept your chain; the shared link was not opened.');
    },
    restorePrevious() {
      const { previousChain } = get();
      if (!previousChain) return;
      set({ previousChain: null });
      get().replaceChain(previousChain);
      get().notify('success', 'Restored your previous chain.');
    },
  });
