import { parseArgs, type ParseArgsConfig } from 'node:util';
import { findCloseMatches } from '../core/chain-file';
import { describeDuration, ms, parseDuration, type Ms } from '../core/model/duration';
import { err, ok, type Result } from '../core/model/result';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  /** The values of options declared `multiple: true`, in order (empty when not given). */
  lists: Record<string, string[]>;
  positionals: string[];
}

/** A value that starts with `-` but is meant as a value: `-3`, `-0.5`, `-5ms` (then refused by range). */
const looksNumeric = (arg: string): boolean => /^-\.?\d/.test(arg);

/**
 * Walks the arguments the way parseArgs will and names the first problem in the CLI's own words
 * (parseArgs' messages talk about its API). Returns the arguments with `--opt -3` joined as
 * `--opt=-3`, so a negative number reaches the option's own range check.
 */
function normaliseArgs(argv: readonly string[], options: Options): Result<string[]> {
  const out: string[] = [];
  const names = Object.keys(options).map((n) => `--${n}`);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      for (const rest of argv.slice(i)) out.push(rest);
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      out.push(arg);
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      out.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    const option = arg.startsWith('--') ? options[flag.slice(2)] : undefined;
    if (!option) {
      const close = findCloseMatches(flag, names);
      const hint = close.length > 0 ? `did you mean ${close.join(', ')}? ` : '';
      return err(`unknown option ${flag} (${hint}see --help)`);
    }
    if (option.type === 'boolean') {
      if (eq >= 0) return err(`${flag} takes no value (got "${arg.slice(eq + 1)}")`);
      out.push(arg);
      continue;
    }
    if (eq >= 0) {
      out.push(arg);
      continue;
    }
    const next = argv[i + 1];
    if (next === undefined || (next.startsWith('-') && next !== '-' && !looksNumeric(next)))
      return err(`${flag} needs a value${next === undefined ? '' : ` (got the option ${next})`}`);
    out.push(`${flag}=${next}`);
    i++;
  }
  return ok(out);
}

/**
 * Parses a command's arguments with node:util parseArgs (strict; `--help`/`-h` always allowed).
 * A bad option is an error message for the user, never a thrown exception.
 */
export function parseCommandArgs(argv: readonly string[], options: Options): Result<ParsedArgs> {
  const args = normaliseArgs(argv, options);
  if (!args.ok) return args;
  try {
    const { values, positionals } = parseArgs({
      args: args.value,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    const single: ParsedArgs['values'] = {};
    const lists: ParsedArgs['lists'] = {};
    for (const [name, option] of Object.entries(options)) if (option.multiple) lists[name] = [];
    for (const [name, value] of Object.entries(values)) {
      if (Array.isArray(value)) lists[name] = value.map(String);
      else single[name] = value;
    }
    return ok({ values: single, lists, positionals });
  } catch (e) {
    // normaliseArgs names every case parseArgs refuses; this is a last resort.
    const message = e instanceof Error ? e.message : String(e);
    return err(`cannot read the options: ${message.split('.')[0] ?? message}`);
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

/**
 * The largest value each duration option takes: far above any real RTT, reaction delay or safety
 * allowance, and small enough that every figure derived from it stays a plain number.
 */
export const DURATION_FLAG_MAX_MS = {
  rtt: ms(60_000),
  margin: ms(3_600_000),
  'reaction-delay': ms(60_000),
  /** probe: a day of idle is longer than any server's timeout worth measuring. */
  'max-wait': ms(86_400_000),
} as const satisfies Record<string, Ms>;

/** A finite duration option (`--rtt 2ms`), in milliseconds, from 0 up to its maximum. */
export function readDurationFlag(
  value: string | boolean | undefined,
  flag: keyof typeof DURATION_FLAG_MAX_MS,
): Result<Ms | undefined> {
  if (value === undefined) return ok(undefined);
  const d = parseDuration(String(value), 'human');
  if (!d.ok) return err(`--${flag}: ${d.error} (e.g. 2ms, 1s)`);
  if (d.value === null) return err(`--${flag} must be a finite duration`);
  const max = DURATION_FLAG_MAX_MS[flag];
  if (!Number.isFinite(d.value) || d.value > max)
    return err(`--${flag} must be at most ${describeDuration(max)} (got "${String(value)}")`);
  return ok(d.value);
}
