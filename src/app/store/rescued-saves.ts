import { STORAGE_KEYS, type KeyValueStorage } from './storage';

/** A save that could not be read, set aside instead of lost. */
export interface RescuedSave {
  /** The storage key it was read from (`timeout-chain:chain`). */
  key: string;
  /** When it was set aside (ISO 8601). */
  setAsideAt: string;
  /** Why it could not be read, in words. */
  reason: string;
  /** The save exactly as it was stored. */
  text: string;
}

export const RESCUED_KEY = 'timeout-chain:rescued';
/** Where versions before the list kept the one unreadable save: read once, then folded in. */
export const LEGACY_CORRUPT_KEY = 'timeout-chain:corrupt';
/** Unreadable saves kept in storage, newest first. */
export const MAX_RESCUED = 5;
/** Characters all kept saves may take together (local storage holds about 5 MB per site). */
export const MAX_RESCUED_CHARS = 1_500_000;

const isRescued = (x: unknown): x is RescuedSave =>
  typeof x === 'object' &&
  x !== null &&
  ['key', 'setAsideAt', 'reason', 'text'].every(
    (k) => typeof (x as Record<string, unknown>)[k] === 'string',
  );

/** The kept saves, newest first (an unreadable list is itself kept as one entry). Never throws. */
export function readRescued(storage: KeyValueStorage): RescuedSave[] {
  const out: RescuedSave[] = [];
  const text = storage.getItem(RESCUED_KEY);
  if (text !== null) {
    let list: unknown;
    try {
      list = JSON.parse(text);
    } catch {
      list = null;
    }
    if (Array.isArray(list)) out.push(...list.filter(isRescued));
    else out.push({ key: RESCUED_KEY, setAsideAt: '', reason: 'the list is damaged', text });
  }
  const legacy = storage.getItem(LEGACY_CORRUPT_KEY);
  if (legacy !== null)
    out.push({
      key: LEGACY_CORRUPT_KEY,
      setAsideAt: '',
      reason: 'set aside earlier',
      text: legacy,
    });
  return out;
}

/** The newest saves that fit MAX_RESCUED and MAX_RESCUED_CHARS (at least the newest that fits). */
export function boundRescued(list: readonly RescuedSave[]): RescuedSave[] {
  const kept: RescuedSave[] = [];
  let chars = 0;
  for (const r of list) {
    if (kept.length === MAX_RESCUED) break;
    if (chars + r.text.length > MAX_RESCUED_CHARS) continue;
    kept.push(r);
    chars += r.text.length;
  }
  return kept;
}

/**
 * Adds `fresh` (newest first) to the kept list and stores the newest that fit. Returns the
 * fresh saves that could not be stored: too big, or the browser refused (they stay in memory so
 * the user can still download them in this visit).
 */
export function keepRescued(
  storage: KeyValueStorage,
  fresh: readonly RescuedSave[],
  earlier: readonly RescuedSave[],
): RescuedSave[] {
  const bounded = boundRescued([...fresh, ...earlier]);
  try {
    storage.setItem(RESCUED_KEY, JSON.stringify(bounded));
    storage.removeItem(LEGACY_CORRUPT_KEY);
  } catch {
    return [...fresh];
  }
  return fresh.filter((r) => !bounded.includes(r));
}

/** The message for a save set aside now (`kept`: stored; otherwise only in memory). */
export function describeRescued(r: RescuedSave, kept: boolean, previousReadable: boolean): string {
  const mine = r.key === STORAGE_KEYS.chain;
  const what = mine ? 'Your saved chain' : 'The chain kept for restoring';
  const where = kept
    ? 'It was set aside in this browser: download it from the banner.'
    : 'It is too big to set aside in this browser: download it now from the banner, or it is replaced by your next change.';
  const instead = !mine
    ? ''
    : previousReadable
      ? ' The example chain was opened; the chain saved before it can be restored.'
      : ' The example chain was opened instead.';
  return `${what} could not be read: ${r.reason}. ${where}${instead}`;
}
