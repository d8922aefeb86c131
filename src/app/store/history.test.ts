import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, emptyHistory, pushHistory, redoHistory, undoHistory } from './history';

describe('snapshot history', () => {
  it('undoes and redoes in order', () => {
    let h = emptyHistory<string>();
    h = pushHistory(h, 'a'); // now b
    h = pushHistory(h, 'b'); // now c
    const u1 = undoHistory(h, 'c');
    expect(u1?.value).toBe('b');
    const u2 = undoHistory(u1!.history, 'b');
    expect(u2?.value).toBe('a');
    expect(undoHistory(u2!.history, 'a')).toBeNull();
    const r1 = redoHistory(u2!.history, 'a');
    expect(r1?.value).toBe('b');
    expect(redoHistory(r1!.history, 'b')?.value).toBe('c');
  });

  it('a new edit clears redo; old snapshots are dropped past the limit', () => {
    const h = pushHistory(emptyHistory<number>(), 1);
    const undone = undoHistory(h, 2)!;
    expect(pushHistory(undone.history, 1).future).toEqual([]);
    let big = emptyHistory<number>();
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) big = pushHistory(big, i);
    expect(big.past.length).toBe(HISTORY_LIMIT);
    expect(big.past[0]).toBe(10);
  });
});
