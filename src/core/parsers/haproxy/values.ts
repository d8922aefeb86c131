import type { SettingScalar } from '../../model/chain';
import { parseDuration } from '../../model/duration';
import { unknownValue } from '../../model/value';
import type { Word } from './lexer';

/** Environment variables set in `global` (`setenv`, `presetenv`): name → value. */
export type Env = ReadonlyMap<string, string>;

/** A value read from a word, or why it cannot be read. */
export type ReadValue = { ok: true; value: SettingScalar } | { ok: false; reason: string };

const UNQUOTED_VAR = /\$\{?[A-Za-z_]/;

/**
 * The word with its environment variables expanded from `env`, or an unknown value naming the
 * first one the pasted files do not set. HAProxy expands variables inside double quotes only;
 * an unquoted `${VAR}` is read the same way rather than as a typo, since it means the same intent.
 */
function expand(word: Word, env: Env): { text: string } | { unknown: SettingScalar } {
  const names = word.vars.length > 0 ? word.vars : UNQUOTED_VAR.test(word.text) ? ['?'] : [];
  if (names.length === 0) return { text: word.text };
  const missing = names.find((n) => !env.has(n));
  if (missing !== undefined)
    return {
      unknown: unknownValue(
        word.raw,
        missing === '?'
          ? 'an environment variable outside double quotes'
          : `the environment variable ${missing} is not set in the pasted files`,
      ),
    };
  let text = word.text;
  for (const n of names) text = text.replaceAll(`\${${n}}`, env.get(n) ?? '');
  for (const n of names) text = text.replaceAll(`$${n}`, env.get(n) ?? '');
  return { text };
}

/**
 * An HAProxy time (`timeout …`): bare number = ms, units us ms s m h d. `0` means no timeout
 * (the proxy's timeout stays unset: TICK_ETERNITY), so it is read as no limit.
 */
export function readTime(word: Word, env: Env, zeroIsNone: boolean): ReadValue {
  const e = expand(word, env);
  if ('unknown' in e) return { ok: true, value: e.unknown };
  const r = parseDuration(e.text, 'haproxy');
  if (!r.ok) return { ok: false, reason: r.error };
  return { ok: true, value: r.value === 0 && zeroIsNone ? null : r.value };
}

/** A whole number; `-1` (HAProxy's "unlimited") is no limit when `minusOneIsNone`. */
export function readCount(word: Word, env: Env, minusOneIsNone: boolean): ReadValue {
  const e = expand(word, env);
  if ('unknown' in e) return { ok: true, value: e.unknown };
  if (minusOneIsNone && e.text === '-1') return { ok: true, value: null };
  if (!/^\d{1,10}$/.test(e.text)) return { ok: false, reason: `"${e.text}" is not a whole number` };
  return { ok: true, value: Number(e.text) };
}

/** One of `allowed`, as written. */
export function readEnum(word: Word, env: Env, allowed: readonly string[]): ReadValue {
  const e = expand(word, env);
  if ('unknown' in e) return { ok: true, value: e.unknown };
  if (!allowed.includes(e.text))
    return { ok: false, reason: `"${e.text}" is not one of ${allowed.join(', ')}` };
  return { ok: true, value: e.text };
}
