import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Chain } from '../../core/model/chain';
import { DEFAULT_CHAIN } from '../presets';
import { createChainSlice } from './chain-slice';
import { createImportSlice } from './import-slice';
import { createRescueSlice } from './rescue-slice';
import type { RescuedSave } from './rescued-saves';
import { createShareSlice } from './share-slice';
import type { ParseSources } from '../import/parse-client';
import type { SourceFile } from '../../core/parsers/types';
import type { AppState, ThemeChoice } from './types';
import { createUiSlice } from './ui-slice';

export type AppStore = StoreApi<AppState>;

export interface StoreSeed {
  chain?: Chain;
  previousChain?: Chain | null;
  /** `unreadable-save`: the previous chain is offered because the saved chain could not be read. */
  previousFrom?: AppState['previousFrom'];
  /** Unreadable saves kept, and whether some were set aside in this visit (shows the banner). */
  rescued?: readonly RescuedSave[];
  rescuedNow?: boolean;
  theme?: ThemeChoice;
  /** Config files imported into `chain` (default: the example's, for the example chain). */
  sources?: readonly SourceFile[];
  /** How imports are parsed: a Web Worker in the app; on the calling thread by default (tests). */
  parseSources?: ParseSources;
  /** Delay before pasted text is parsed (tests pass 0). */
  parseDebounceMs?: number;
}

const parseHere: ParseSources = async (files) =>
  (await import('../import/read-sources')).readSources(files);

/** A fresh store (tests make one each); the app makes one at start-up from the saved session. */
export function createAppStore(seed: StoreSeed = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createChainSlice(seed.chain ?? DEFAULT_CHAIN, seed.sources)(...a),
    ...createUiSlice(seed.theme ?? 'system')(...a),
    ...createShareSlice(seed.previousChain ?? null, seed.previousFrom ?? 'link')(...a),
    ...createRescueSlice(seed.rescued ?? [], seed.rescuedNow ?? false)(...a),
    ...createImportSlice(seed.parseSources ?? parseHere, seed.parseDebounceMs)(...a),
  }));
}
