import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Chain } from '../../core/model/chain';
import { DEFAULT_CHAIN } from '../presets';
import { createChainSlice } from './chain-slice';
import { createShareSlice } from './share-slice';
import type { AppState, ThemeChoice } from './types';
import { createUiSlice } from './ui-slice';

export type AppStore = StoreApi<AppState>;

export interface StoreSeed {
  chain?: Chain;
  previousChain?: Chain | null;
  theme?: ThemeChoice;
}

/** A fresh store (tests make one each); the app makes one at start-up from the saved session. */
export function createAppStore(seed: StoreSeed = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createChainSlice(seed.chain ?? DEFAULT_CHAIN)(...a),
    ...createUiSlice(seed.theme ?? 'system')(...a),
    ...createShareSlice(seed.previousChain ?? null)(...a),
  }));
}
