import type { DurationDialect } from '../model/duration';

const step = (v: number, dialect: DurationDialect | undefined): number => {
  if (dialect === 'seconds') return v <= 120_000 ? (v <= 10_000 ? 1000 : 5000) : 10_000;
  if (v <= 10_000) return 500;
  if (v <= 120_000) return 5000;
  return 10_000;
};

/** Rounds a proposed client idle time down to a value people write (55 s, 3.5 s, 590 s). */
export function roundDown(v: number, dialect?: DurationDialect): number {
  const s = step(v, dialect);
  return Math.floor(v / s) * s;
}

/** Rounds a proposed server idle time up to a value people write (65 s, 610 s). */
export function roundUp(v: number, dialect?: DurationDialect): number {
  const s = step(v, dialect);
  return Math.ceil(v / s) * s;
}

/**
 * The margin a fix aims for: at least the required margin, and up to 5 s (10 % of the value) —
 * the article's "5 s safety margin" for minute-scale timeouts without starving second-scale ones.
 */
export const preferredMargin = (requiredMs: number, valueMs: number): number =>
  Math.max(requiredMs, Math.min(5000, valueMs * 0.1));
