/** Reading the traffic fields as typed: never throws, says what is wrong in plain words. */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export { DEFAULT_TRAFFIC } from '../../core/analysis/options';

/** Highest rate accepted, requests per second (as `timeout-chain simulate --rps`). */
export const MAX_RPS = 1_000_000;

/** A decimal number as typed: spaces and `_` between digits are fine; a comma is not a decimal point. */
function readNumberText(text: string): number | 'comma' | null {
  const t = text.trim().replace(/(?<=\d)[\s_\u202f](?=\d)/g, '');
  if (t === '') return null;
  if (/^\d+,\d+$/.test(t)) return 'comma';
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** Requests per second: a number > 0 and ≤ 1 000 000. */
export function parseRpsText(text: string): Parsed<number> {
  const n = readNumberText(text);
  if (n === 'comma') return { ok: false, message: 'Use a dot for decimals, e.g. 0.2.' };
  if (n === null) return { ok: false, message: 'Enter a number of requests per second, e.g. 0.2.' };
  if (n <= 0) return { ok: false, message: 'Requests per second must be more than 0.' };
  if (n > MAX_RPS) return { ok: false, message: 'Requests per second must be at most 1 000 000.' };
  return { ok: true, value: n };
}

/** A share typed in percent, 0–100, returned as 0..1. */
export function parseSharePercentText(text: string): Parsed<number> {
  const n = readNumberText(text.replace(/%\s*$/, ''));
  if (n === 'comma') return { ok: false, message: 'Use a dot for decimals, e.g. 12.5.' };
  if (n === null) return { ok: false, message: 'Enter a percentage from 0 to 100.' };
  if (n < 0 || n > 100) return { ok: false, message: 'The share must be from 0 to 100 %.' };
  return { ok: true, value: n / 100 };
}

/** A share 0..1 as the percent text the field shows: 0.1 → `10`, 0.125 → `12.5`. */
export const formatSharePercent = (share: number): string =>
  String(Number((share * 100).toPrecision(6)));

/** A rate as the field shows it: plain digits (`0.2`, `1500`), no grouping to trip over. */
export const formatRpsField = (rps: number): string => String(Number(rps.toPrecision(6)));
