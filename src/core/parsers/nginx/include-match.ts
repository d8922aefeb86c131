/** Path segments without empty and `.` parts; backslashes count as slashes. */
const segmentsOf = (path: string): string[] =>
  path
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.');

/** True when an include argument is a glob (`conf.d/*.conf`). */
export const isGlob = (pattern: string): boolean => /[*?[]/.test(pattern);

/** One path segment of a glob as an anchored RegExp: `*`, `?` and `[…]` classes. */
function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] ?? '';
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        const body = segment
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${re}$`);
  } catch {
    return new RegExp(`^${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  }
}

/**
 * The pasted files an `include` argument names. Paths are compared from their ends, so a pattern
 * `/etc/nginx/conf.d/*.conf` matches a file pasted as `conf.d/a.conf` or just `a.conf`, and a
 * relative pattern matches a file given with its absolute path. A plain path picks the file with
 * the longest matching tail; a glob picks every match, sorted by name as nginx does.
 */
export function matchInclude(pattern: string, names: readonly string[]): string[] {
  const wanted = segmentsOf(pattern);
  if (wanted.length === 0) return [];
  const regexps = wanted.map(segmentRegExp);
  const found: { name: string; depth: number }[] = [];
  for (const name of names) {
    const have = segmentsOf(name);
    const depth = Math.min(wanted.length, have.length);
    if (depth === 0) continue;
    let ok = true;
    for (let i = 1; i <= depth && ok; i++)
      ok = regexps[wanted.length - i]?.test(have[have.length - i] ?? '') ?? false;
    if (ok) found.push({ name, depth });
  }
  if (isGlob(pattern)) {
    // Once some file matches with its directory, bare names no longer match by basename alone:
    // `conf.d/*.conf` then means the files under conf.d/, not every pasted `*.conf`.
    const withDir = found.filter((f) => f.depth >= 2);
    return (withDir.length > 0 ? withDir : found).map((f) => f.name).sort();
  }
  let best: { name: string; depth: number } | undefined;
  for (const f of found) if (!best || f.depth > best.depth) best = f;
  return best ? [best.name] : [];
}

/** Files every nginx install includes that hold nothing about keep-alive. */
const STOCK = new Set([
  'mime.types',
  'fastcgi_params',
  'fastcgi.conf',
  'scgi_params',
  'uwsgi_params',
  'koi-utf',
  'koi-win',
  'win-utf',
  'fastcgi-php.conf',
]);

/** True when a missing include is a stock file that cannot hold keep-alive settings. */
export const isStockInclude = (pattern: string): boolean =>
  STOCK.has(segmentsOf(pattern).pop() ?? '');
