import type { StateCreator } from 'zustand';
import type { AppState, ShareSlice } from './types';

/**
 * A shared link never silently replaces the user's chain: its chain waits in `incoming` until the
 * user opens it, and the chain it replaces stays restorable in `previousChain`.
 */
export const createShareSlice =
  (initialPrevious: AppState['previousChain']): StateCreator<AppState, [], [], ShareSlice> =>
  (set, get) => ({
    incoming: null,
    previousChain: initialPrevious,
    offerIncoming: (doc) => set({ incoming: doc }),
    acceptIncoming() {
      const { incoming, chain } = get();
      if (!incoming) return;
      set({ incoming: null, previousChain: chain });
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
