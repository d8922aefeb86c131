/** The pool the reset-rate estimate assumes: how many connections, reused in which order. */
import type { ReuseOrder } from '../../core/race/gap-survival';
import { MAX_POOL } from '../../core/race/gap-survival';
import type { Parsed } from './traffic-input';

export interface PoolChoice {
  /** N connections kept open; null: one connection, opened as needed (the low-traffic case). */
  size: number | null;
  /** `client`: each client technology's own order, from the catalog. */
  reuse: ReuseOrder | 'client';
}

export const DEFAULT_POOL: PoolChoice = { size: null, reuse: 'client' };

export const REUSE_CHOICES: readonly { id: PoolChoice['reuse']; label: string }[] = [
  { id: 'client', label: "The client's own" },
  { id: 'lifo', label: 'Newest first (LIFO)' },
  { id: 'fifo', label: 'Round-robin (FIFO)' },
];

/** Pool size as typed: empty = one connection as needed; else a whole number 1 … 100 000. */
export function parsePoolText(text: string): Parsed<number | null> {
  const t = text.trim().replace(/(?<=\d)[\s_\u202f](?=\d)/g, '');
  if (t === '') return { ok: true, value: null };
  if (!/^\d+$/.test(t))
    return { ok: false, message: 'Enter a whole number of connections, e.g. 50.' };
  const n = Number(t);
  if (n < 1 || n > MAX_POOL)
    return { ok: false, message: 'The pool holds from 1 to 100 000 connections.' };
  return { ok: true, value: n };
}

/** What the estimate passes to the race model for this choice. */
export const poolTraffic = (pool: PoolChoice) => ({
  ...(pool.size === null ? {} : { poolSize: pool.size }),
  ...(pool.reuse === 'client' ? {} : { reuseOrder: pool.reuse }),
});
