/** Log-scale axis helpers for the loss-rate chart: decade domains and truthful ticks. */
import { formatPowerOfTen, groupDigits } from './format';

export interface LogTick {
  value: number;
  /** Position on the axis in px (x or y). */
  pos: number;
  /** Text for decades; null for the unlabelled minor ticks 2..9 × 10^k. */
  label: string | null;
}

/** 10^k exactly as a decimal literal would give it (10 ** −3 is not always 0.001). */
export const powerOfTen = (k: number): number => Number(`1e${k}`);

/** The smallest range of whole decades [10^lo, 10^hi] holding [min, max] (both > 0). */
export function computeDecadeDomain(min: number, max: number): [number, number] {
  const lo = Math.floor(Math.log10(min) + 1e-9);
  const hi = Math.ceil(Math.log10(max) - 1e-9);
  return [powerOfTen(lo), powerOfTen(Math.max(hi, lo + 1))];
}

/** A request rate tick: 10^k written out, `0.001`, `1`, `1 000`. */
export function formatRateTick(k: number): string {
  if (k >= 0) return groupDigits(powerOfTen(k));
  return `0.${'0'.repeat(-k - 1)}1`;
}

/** A probability tick: `1`, `10⁻³`. */
export const formatProbabilityTick = (k: number): string => formatPowerOfTen(k);

/**
 * Ticks of a log axis over the decade domain [10^lo, 10^hi]: each decade labelled with
 * `label(k)`, and minor ticks at 2..9 × 10^k when `minor` (for axes with room for them).
 * `position` is the scale (value → px).
 */
export function computeLogTicks(
  domain: readonly [number, number],
  position: (value: number) => number,
  label: (k: number) => string,
  minor: boolean,
): LogTick[] {
  const lo = Math.round(Math.log10(domain[0]));
  const hi = Math.round(Math.log10(domain[1]));
  const ticks: LogTick[] = [];
  for (let k = lo; k <= hi; k++) {
    const value = powerOfTen(k);
    ticks.push({ value, pos: position(value), label: label(k) });
    if (!minor || k === hi) continue;
    for (let m = 2; m <= 9; m++) {
      const v = m * value;
      ticks.push({ value: v, pos: position(v), label: null });
    }
  }
  return ticks;
}
