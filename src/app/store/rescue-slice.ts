import type { StateCreator } from 'zustand';
import type { RescuedSave } from './rescued-saves';
import type { AppState, RescueSlice } from './types';

/** Saves that could not be read: offered for download when some were set aside in this visit. */
export const createRescueSlice =
  (rescued: readonly RescuedSave[], shown: boolean): StateCreator<AppState, [], [], RescueSlice> =>
  (set) => ({
    rescued,
    rescueShown: shown && rescued.length > 0,
    hideRescued: () => set({ rescueShown: false }),
  });
