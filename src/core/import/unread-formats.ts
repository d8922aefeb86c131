/**
 * Config formats people paste that are recognised but not read yet: the user is told which one
 * it is and which `tech:` id to add by hand meanwhile. Each test reads the head of the file.
 */
interface UnreadFormat {
  name: string;
  tech: string;
  /** All must match. Line-anchored with `[ \t]*`, no nested or spanning quantifiers: linear. */
  tests: readonly RegExp[];
}

const UNREAD: readonly UnreadFormat[] = [
  {
    name: 'Caddy',
    tech: 'caddy',
    tests: [/^[ \t]*reverse_proxy\b|"apps"[ \t]*:[ \t]*\{[ \t]*"http"/m],
  },
  {
    name: 'Kestrel (.NET)',
    tech: 'kestrel',
    tests: [
      /"Kestrel"[ \t]*:[ \t]*\{|Kestrel__Limits__|KestrelServerLimits|\.KeepAliveTimeout[ \t]*=[ \t]*TimeSpan/,
    ],
  },
];

const WINDOW = 65_536;

/** The recognised-but-unread format a text looks like, if any. */
export function detectUnreadFormat(text: string): { name: string; tech: string } | undefined {
  const head = text.length > WINDOW ? text.slice(0, WINDOW) : text;
  const hit = UNREAD.find((f) => f.tests.every((t) => t.test(head)));
  return hit ? { name: hit.name, tech: hit.tech } : undefined;
}
