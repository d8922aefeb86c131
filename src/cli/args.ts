import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseDuration, type Ms } from '../core/model/duration';
import { err, ok, type Result } from '../core/model/result';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Parses a command's arguments with node:util parseArgs (strict; `--help`/`-h` always allowed).
 * A bad option is an error message for the user, never a thrown exception.
 */
export function parseCommandArgs(argv: readonly string[], options: Options): Result<ParsedArgs> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return ok({ values, positionals });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // parseArgs messages end with advice about '--' that does not help here.
    return err(message.replace(/\. To specify a positional argument.*$/s, '').replace(/\s+/g, ' '));
  }
}

/** A string option limited to `allowed`; the first is the default. */
export function readChoice<T extends string>(
  value: string | boolean | undefined,
  allowed: readonly T[],
  flag: string,
): Result<T> {
  if (value === undefined) return ok(allowed[0] as T);
  const found = allowed.find((a) => a === value);
  return found
    ? ok(found)
    : err(`--${flag} must be one of ${allowed.join(', ')} (got "${String(value)}")`);
}

/** A finite duration option (`--rtt 2ms`), in milliseconds. */
export function readDurationFlag(
  value: string | boolean | undefined,
  flag: string,
): Result<Ms | undefined> {
  if (value === undefined) return ok(undefined);
  const d = parseDuration(String(value), 'human');
  if (!d.ok) return err(`--${flag}: ${d.error} (e.g. 2ms, 1s)`);
  if (d.value === null) return err(`--${flag} must be a finite duration`);
  return ok(d.value);
}
