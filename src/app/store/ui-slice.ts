import type { StateCreator } from 'zustand';
import type { AppState, ThemeChoice, UiSlice } from './types';

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
      // One action, one notice: a new one replaces the last instead of stacking under it.
      notify(tone, text) {
        set({ notices: [{ id: nextId++, tone, text }] });
      },
      dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    };
  };
