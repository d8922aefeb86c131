/**
 * Config formats people paste that are recognised but not read yet: the user is told which one
 * it is and which `tech:` id to add by hand meanwhile. Each test reads the head of the file.
 */
interface UnreadFormat {
  name: string;
  tech: string;
  /** All must match. Line-anchored with `[ \t]*`, no nested or spanning quantifiers: linear. */
  tests: readonly RegExp[];
  /**
   * The tests name keys only this format has, so a parser that claims the file (gunicorn's
   * reader on hypercorn.toml's `bind`/`workers`) would read it wrongly: the format is named instead.
   */
  overrides?: true;
}

const UNREAD: readonly UnreadFormat[] = [
  {
    name: 'Puma (Ruby)',
    overrides: true,
    tech: 'puma',
    tests: [
      /^[ \t]*threads[ \t]+[^= \t]|^[ \t]*persistent_timeout[ \t]+\d/m,
      /^[ \t]*(?:port|plugin|workers|worker_timeout|environment|preload_app!|persistent_timeout|bind[ \t]+["'](?:tcp|unix|ssl):)/m,
    ],
  },
  {
    name: 'Jetty',
    overrides: true,
    tech: 'jetty',
    tests: [
      /org\.eclipse\.jetty\.|^[ \t]*jetty\.(?:http|ssl|server|threadPool)\.[A-Za-z.]+[ \t]*=/m,
    ],
  },
  {
    name: 'Hypercorn',
    overrides: true,
    tech: 'hypercorn',
    tests: [
      /^[ \t]*(?:keep_alive_timeout|h11_max_incomplete_size|h2_max_concurrent_streams)[ \t]*=/m,
    ],
  },
];

const WINDOW = 65_536;

/** The recognised-but-unread format a text looks like, if any. */
export function detectUnreadFormat(
  text: string,
): { name: string; tech: string; overrides: boolean } | undefined {
  const head = text.length > WINDOW ? text.slice(0, WINDOW) : text;
  const hit = UNREAD.find((f) => f.tests.every((t) => t.test(head)));
  return hit ? { name: hit.name, tech: hit.tech, overrides: hit.overrides === true } : undefined;
}
