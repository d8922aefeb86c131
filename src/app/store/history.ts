/** An undo/redo stack of immutable snapshots. */
export interface History<T> {
  past: readonly T[];
  future: readonly T[];
}

/** Snapshots kept for undo; older ones are dropped. */
export const HISTORY_LIMIT = 100;

export const emptyHistory = <T>(): History<T> => ({ past: [], future: [] });

/** Records `current` before it is replaced; clears the redo side. */
export function pushHistory<T>(h: History<T>, current: T): History<T> {
  return { past: [...h.past, current].slice(-HISTORY_LIMIT), future: [] };
}

/** Steps back: returns the snapshot to show and the new history, or null when nothing to undo. */
export function undoHistory<T>(
  h: History<T>,
  current: T,
): { value: T; history: History<T> } | null {
  const value = h.past.at(-1);
  if (value === undefined) return null;
  return { value, history: { past: h.past.slice(0, -1), future: [current, ...h.future] } };
}

export function redoHistory<T>(
  h: History<T>,
  current: T,
): { value: T; history: History<T> } | null {
  const value = h.future[0];
  if (value === undefined) return null;
  return { value, history: { past: [...h.past, current], future: h.future.slice(1) } };
}
