/**
 * A setting that is written but whose value cannot be known from the given files: a variable, an
 * option passed in, an environment placeholder. It is never read as the default nor as "no limit";
 * the hop it sits on is judged `unknown` until the user supplies the value.
 */
export interface UnknownValue {
  /** The expression as written (`cfg.IdleTimeout`, `var.idle_timeout`, `${IDLE}`). */
  readonly unknown: string;
  /** Why it could not be resolved, in plain words (`a variable not set in the pasted files`). */
  readonly reason: string;
}

/** An unknown value; the expression is kept short enough to show and save. */
export function unknownValue(expression: string, reason: string): UnknownValue {
  const text = expression.trim();
  return { unknown: text.length > 120 ? `${text.slice(0, 119)}…` : text, reason };
}

export const isUnknownValue = (v: unknown): v is UnknownValue =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { unknown?: unknown }).unknown === 'string' &&
  typeof (v as { reason?: unknown }).reason === 'string';

/** How a value marked unknown is written back (inputs, chain files): `unknown (cfg.IdleTimeout)`. */
export const formatUnknown = (v: UnknownValue): string =>
  v.unknown === 'unknown' ? 'unknown' : `unknown (${v.unknown})`;

/** Any setting value as text for people: `unknown (cfg.X)` for an unknown one, else as is. */
export const formatScalar = (v: number | string | boolean | null | UnknownValue): string =>
  isUnknownValue(v) ? formatUnknown(v) : String(v);
