import type { SettingScalar } from '../../model/chain';
import { parseDuration } from '../../model/duration';
import { unknownValue } from '../../model/value';

export type ReadValue = { ok: true; value: SettingScalar } | { ok: false; reason: string };

const ENV = /\{\$([A-Za-z_][\w]{0,200})(?::[^}]*)?\}|\{env\.([A-Za-z_][\w]{0,200})\}/;

/**
 * A value holding an environment placeholder: `{$VAR}` (replaced when Caddy reads the Caddyfile,
 * `{$VAR:default}` when unset) or `{env.VAR}` (replaced at run time). Its value is not in the
 * pasted files: unknown, never the default.
 */
export function placeholderValue(text: string): ReadValue | undefined {
  const m = ENV.exec(text);
  if (!m) return undefined;
  const name = m[1] ?? m[2] ?? '';
  const fallback = /^\{\$[\w]+:([^}]*)\}$/.exec(text)?.[1];
  const reason =
    fallback !== undefined
      ? `environment variable ${name} is not set in the pasted files (${fallback} when it is unset)`
      : `environment variable ${name} is not set in the pasted files`;
  return { ok: true, value: unknownValue(text, reason) };
}

/**
 * A Caddy duration in ms (`caddy.ParseDuration`): Go's `time.ParseDuration` (`1m30s`, `500ms`,
 * `1.5h`, `0`) plus `d` for days (`1d12h`); or a bare integer of nanoseconds in the JSON config.
 */
export function readCaddyDuration(text: string): ReadValue {
  const env = placeholderValue(text);
  if (env) return env;
  const t = text.trim();
  let days = 0;
  let rest = t;
  const d = /^(\d{1,6}(?:\.\d{1,9})?)d(.*)$/.exec(t);
  if (d) {
    days = Number(d[1]) * 86_400_000;
    rest = d[2] ?? '';
  }
  if (rest === '' && d) return { ok: true, value: days };
  const r = parseDuration(rest, 'go');
  if (!r.ok) return { ok: false, reason: `"${t}" is not a duration (5m, 30s, 1d): ${r.error}` };
  return { ok: true, value: days + (r.value ?? 0) };
}

/** A whole number (`keepalive_idle_conns_per_host 32`). */
export function readCount(text: string): ReadValue {
  const env = placeholderValue(text);
  if (env) return env;
  return /^\d{1,10}$/.test(text)
    ? { ok: true, value: Number(text) }
    : { ok: false, reason: `"${text}" is not a whole number` };
}
