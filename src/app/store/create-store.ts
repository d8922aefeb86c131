import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Chain } from '../../core/model/chain';
import { DEFAULT_CHAIN } from '../presets';
import { createChainSlice } from './chain-slice';
import type { AppState } from './types';
import { createUiSlice } from './ui-slice';

export type AppStore = StoreApi<AppState>;

/** A fresh store (tests make one each); the app makes one at start-up. */
export function createAppStore(initial: Chain = DEFAULT_CHAIN): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createChainSlice(initial)(...a),
    ...createUiSlice(...a),
  }));
}
