import { formatDuration, ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';

/** `65000` → `65_000` (JavaScript and Java numeric separators). */
export const groupDigits = (n: number): string =>
  String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '_');

/** A duration value (ms) in nginx syntax; null (no limit) has no nginx spelling, so a comment. */
export const nginxTime = (v: KnownScalar): string =>
  typeof v === 'number' ? formatDuration(ms(v), 'nginx') : String(v);

/** A Go `time.Duration` expression for ms: `65 * time.Second`, `1500 * time.Millisecond`, `0`. */
export function goDuration(v: KnownScalar): string {
  if (typeof v !== 'number' || v <= 0) return '0';
  if (v % 3_600_000 === 0) return `${v / 3_600_000} * time.Hour`;
  if (v % 60_000 === 0) return `${v / 60_000} * time.Minute`;
  if (v % 1000 === 0) return `${v / 1000} * time.Second`;
  return `${Math.round(v)} * time.Millisecond`;
}

/** HttpCore 5 `TimeValue` for ms: `TimeValue.ofSeconds(55)`, `TimeValue.ofMilliseconds(1500)`. */
export function javaTimeValue(v: KnownScalar): string {
  if (typeof v !== 'number' || v < 0) return 'TimeValue.NEG_ONE_MILLISECOND';
  if (v > 0 && v % 60_000 === 0) return `TimeValue.ofMinutes(${v / 60_000})`;
  if (v % 1000 === 0) return `TimeValue.ofSeconds(${v / 1000})`;
  return `TimeValue.ofMilliseconds(${Math.round(v)})`;
}

/** Whole seconds for tools that take integer seconds (gunicorn, ALB): rounded up, never below 1. */
export const wholeSeconds = (v: KnownScalar): number =>
  typeof v === 'number' ? Math.max(1, Math.ceil(v / 1000)) : 0;

/** Seconds as a possibly fractional number (uvicorn, hypercorn, aiohttp accept floats). */
export const fractionalSeconds = (v: KnownScalar): string =>
  typeof v === 'number' ? formatDuration(ms(v), 'seconds') : '0';

/** Nested YAML from a dotted key: `a.b.c` + `65s` → `a:\n  b:\n    c: 65s`. */
export function nestedYaml(dotted: string, value: string): string {
  const parts = dotted.split('.');
  return parts
    .map((p, i) => `${'  '.repeat(i)}${p}:${i === parts.length - 1 ? ` ${value}` : ''}`)
    .join('\n');
}

/** The same keys as TOML: `a.b.c` + `"65s"` → `[a.b]\n  c = "65s"`. */
export function tomlAt(dotted: string, value: string): string {
  const parts = dotted.split('.');
  const leaf = parts.pop() ?? '';
  return parts.length === 0 ? `${leaf} = ${value}` : `[${parts.join('.')}]\n  ${leaf} = ${value}`;
}

/** A .NET `TimeSpan` for ms: `TimeSpan.FromSeconds(130)`; null → `Timeout.InfiniteTimeSpan`. */
export function dotnetTimeSpan(v: KnownScalar): string {
  if (typeof v !== 'number') return 'Timeout.InfiniteTimeSpan';
  if (v > 0 && v % 60_000 === 0) return `TimeSpan.FromMinutes(${v / 60_000})`;
  if (v % 1000 === 0) return `TimeSpan.FromSeconds(${v / 1000})`;
  return `TimeSpan.FromMilliseconds(${Math.round(v)})`;
}

/** A `java.time.Duration` for ms: `Duration.ofSeconds(55)`. */
export function javaDuration(v: KnownScalar): string {
  if (typeof v !== 'number') return 'null';
  if (v > 0 && v % 60_000 === 0) return `Duration.ofMinutes(${v / 60_000})`;
  if (v % 1000 === 0) return `Duration.ofSeconds(${v / 1000})`;
  return `Duration.ofMillis(${Math.round(v)})`;
}
