import type { StateCreator } from 'zustand';
import type { AppState, ThemeChoice, UiSlice } from './types';

/** Messages shown at once; older ones are dropped. */
const MAX_NOTICES = 4;

export const createUiSlice =
  (initialTheme: ThemeChoice): StateCreator<AppState, [], [], UiSlice> =>
  (set, get) => {
    let nextId = 1;
    return {
      picker: null,
      openPicker: (target) => set({ picker: target }),
      selectedNode: null,
      selectedHop: null,
      theme: initialTheme,
      notices: [],
      selectNode: (index) => set({ selectedNode: index }),
      selectHop: (index) => set({ selectedHop: index }),
      decodeMarks: [],
      setDecodeMarks: (marks) => set({ decodeMarks: marks }),
      setTheme: (theme) => set({ theme }),
      notify(tone, text) {
        set({ notices: [...get().notices, { id: nextId++, tone, text }].slice(-MAX_NOTICES) });
      },
      dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    };
  };
