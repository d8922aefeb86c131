import type { HopSide } from '../../core/analysis/types';
import { describeDuration, ms } from '../../core/model/duration';

/** A duration in ms (null = no limit) for people: `65 s`, `∞`. */
export const describeMs = (v: number | null): string => describeDuration(v === null ? null : ms(v));

/** A signed margin S − C: `+10 s`, `−55 s`, `±0 ms`. */
export function describeMargin(marginMs: number): string {
  const sign = marginMs > 0 ? '+' : marginMs < 0 ? '−' : '±';
  return `${sign}${describeDuration(ms(Math.abs(marginMs)))}`;
}

/**
 * A hop side's idle timeout: `65 s`, `∞` (no limit), or `unknown` when the side could not be
 * resolved (no setting behind it: an unknown technology, or a node without that side).
 */
export const describeSideIdle = (side: HopSide): string =>
  side.setting === '' ? 'unknown' : describeMs(side.idleMs);
