import { readArguments } from '../code/objects';
import type { Span } from '../code/brackets';

/** One argument of a call: its span, and its name when written Kotlin-style (`timeUnit = …`). */
export interface Argument {
  name?: string;
  /** The value (after `name =`). */
  value: Span;
  text: string;
}

const NAMED = /^([A-Za-z_][\w]*)\s*=(?!=)\s*/;

/** The arguments of the call whose `(` is at `open`, positional or named. */
export function callArguments(masked: string, open: number): { args: Argument[]; close: number } {
  const { args, close } = readArguments(masked, open);
  return {
    close,
    args: args.map((span) => {
      const raw = masked.slice(span.start, span.end);
      const m = NAMED.exec(raw);
      if (!m?.[1]) return { value: span, text: raw };
      const value = { start: span.start + m[0].length, end: span.end };
      return { name: m[1], value, text: masked.slice(value.start, value.end) };
    }),
  };
}

/**
 * The argument for parameter `name` at `position`: named (Kotlin) or by position (positional
 * arguments come before named ones).
 */
export function argumentFor(
  args: readonly Argument[],
  name: string,
  position: number,
): Argument | undefined {
  const named = args.find((a) => a.name === name);
  if (named) return named;
  const arg = args[position];
  return arg && arg.name === undefined ? arg : undefined;
}
