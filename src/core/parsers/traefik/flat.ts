/**
 * Traefik reads its configuration as flat, case-insensitive paths whatever the syntax (TOML,
 * YAML, CLI flags): `entryPoints.web.transport.respondingTimeouts.idleTimeout`. Every syntax is
 * turned into these entries, and one table maps paths to catalog keys.
 */
export interface FlatEntry {
  /** Path segments in lower case, for matching. */
  path: string[];
  /** Path segments as written (names keep their case). */
  segments: string[];
  /** The path as written, for messages and origins. */
  written: string;
  value: string | number | boolean | null;
  /** 0-based offsets of the key (the last segment's name) and of the value. */
  keyStart: number;
  valueStart: number;
}

/** `entryPoints`, `web`, … → lower case for matching (Traefik's paths ignore case). */
export const lower = (segments: readonly string[]): string[] =>
  segments.map((s) => s.toLowerCase());

/**
 * `--entryPoints.web.transport.respondingTimeouts.idleTimeout=30s` and
 * `--serversTransport.maxIdleConnsPerHost 10` anywhere in a text (a compose `command:`, a
 * container's `args:`, Helm `additionalArguments`). One pass, no backtracking.
 */
const FLAG =
  /--((?:entrypoints|serverstransport|ports)\.[A-Za-z0-9_.-]{1,200})(?:=|[ \t]+)["']?([^\s"',\]]*)/gi;

/** `--entryPoints.web.address=:80` declares an entry point even without timeouts. */
export function scanFlags(text: string): FlatEntry[] {
  const entries: FlatEntry[] = [];
  for (const m of text.matchAll(FLAG)) {
    const name = m[1] ?? '';
    const value = m[2] ?? '';
    const start = m.index ?? 0;
    const segments = name.split('.').filter(Boolean);
    const last = segments.at(-1) ?? '';
    entries.push({
      path: lower(segments),
      segments,
      written: `--${name}`,
      value,
      keyStart: start + 2 + name.length - last.length,
      valueStart: start + m[0].length - value.length,
    });
  }
  return entries;
}
