import { describeDuration, ms } from '../../core/model/duration';

/** A duration in ms (null = no limit) for people: `65 s`, `∞`. */
export const describeMs = (v: number | null): string => describeDuration(v === null ? null : ms(v));

/** A signed margin S − C: `+10 s`, `−55 s`, `±0 ms`. */
export function describeMargin(marginMs: number): string {
  const sign = marginMs > 0 ? '+' : marginMs < 0 ? '−' : '±';
  return `${sign}${describeDuration(ms(Math.abs(marginMs)))}`;
}

export { describeSideIdle } from '../../core/report/check-result';
