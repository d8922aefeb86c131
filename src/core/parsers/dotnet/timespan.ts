import type { SettingScalar } from '../../model/chain';
import type { Diagnostic } from '../../source/diagnostic';

export type ReadValue = { ok: true; value: SettingScalar } | { ok: false; reason: string };

const DAY = 86_400_000;

/**
 * A .NET `TimeSpan` as configuration binding reads it (`TimeSpan.Parse`, invariant culture), in
 * ms: `[-][d.]hh:mm[:ss[.fffffff]]`, or a bare whole number, which is DAYS (`"130"` is 130 days,
 * `"2:10"` is 2 h 10 min). `-00:00:00.001` (`Timeout.InfiniteTimeSpan`) means no limit (null).
 */
export function readTimeSpan(input: string): ReadValue {
  const t = input.trim();
  const bad = {
    ok: false as const,
    reason: `"${t.slice(0, 40)}" is not a TimeSpan (hh:mm:ss, e.g. 00:02:10)`,
  };
  const m = /^(-)?(?:(\d{1,8})\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/.exec(t);
  if (!m) {
    const days = /^(-)?(\d{1,8})$/.exec(t);
    if (!days) return bad;
    if (days[1]) return { ok: false, reason: `"${t}" is negative` };
    return { ok: true, value: Number(days[2]) * DAY };
  }
  const [, minus, d, h, min, s, frac] = m;
  if (Number(h) > 23 || Number(min) > 59 || Number(s ?? 0) > 59) return bad;
  const total =
    Number(d ?? 0) * DAY +
    Number(h) * 3_600_000 +
    Number(min) * 60_000 +
    Number(s ?? 0) * 1000 +
    Number(`0.${frac ?? '0'}`) * 1000;
  const value = Math.round(total * 1e4) / 1e4;
  if (minus && value === 1) return { ok: true, value: null };
  if (minus) return { ok: false, reason: `"${t}" is negative` };
  return { ok: true, value };
}

/** A warning for a bare whole number, which TimeSpan reads as days (`"130"` = 130 days). */
export function bareNumberWarning(
  name: string,
  raw: string,
  file: string,
  at: { line: number; column: number },
): Diagnostic | undefined {
  const t = raw.trim();
  if (!/^\d{1,8}$/.test(t) || t === '0') return undefined;
  const seconds = Number(t);
  const hh = String(Math.floor(seconds / 3600)).padStart(2, '0');
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  const asSeconds = seconds < 86_400 ? `; for ${t} seconds write "${hh}:${mm}:${ss}"` : '';
  const message = `${name}: "${t}" is ${t} days (TimeSpan reads a bare number as days)${asSeconds}`;
  return { code: 'DOTNET_TIMESPAN_DAYS', severity: 'warning', message, file, ...at };
}
