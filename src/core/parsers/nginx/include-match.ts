import { compileGlobSegment, matchGlobSegment } from './glob-segment';

/** Path segments without empty and `.` parts; backslashes count as slashes. */
const segmentsOf = (path: string): string[] =>
  path
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.');

/** True when an include argument is a glob (`conf.d/*.conf`). */
export const isGlob = (pattern: string): boolean => /[*?[]/.test(pattern);

/** Matches one path segment: by equality, or by the compiled glob when it has wildcards. */
type SegmentTest = (name: string) => boolean;

const compileSegment = (segment: string): SegmentTest => {
  if (!isGlob(segment)) return (name) => name === segment;
  const pieces = compileGlobSegment(segment);
  return (name) => matchGlobSegment(pieces, name);
};

/**
 * A matcher over one set of pasted file names: `(pattern) => names`. Paths are compared from
 * their ends, so a pattern `/etc/nginx/conf.d/*.conf` matches a file pasted as `conf.d/a.conf`
 * or just `a.conf`, and a relative pattern matches a file given with its absolute path. A plain
 * path picks the file with the longest matching tail; a glob picks every match, sorted by name as
 * nginx does. Names are split once; a plain path only looks at names with its base name, and each
 * pattern is matched once (2 000 `include` lines cost 2 000 look-ups, not 2 000 scans).
 */
export function createIncludeMatcher(names: readonly string[]): (pattern: string) => string[] {
  const split = names.map((name) => ({ name, segments: segmentsOf(name) }));
  const byBase = new Map<string, typeof split>();
  for (const entry of split) {
    const base = entry.segments[entry.segments.length - 1];
    if (base === undefined) continue;
    const list = byBase.get(base);
    if (list) list.push(entry);
    else byBase.set(base, [entry]);
  }
  const results = new Map<string, string[]>();
  return (pattern) => {
    let result = results.get(pattern);
    if (!result) {
      result = matchAmong(pattern, (base) => (isGlob(base) ? split : (byBase.get(base) ?? [])));
      results.set(pattern, result);
    }
    return result;
  };
}

function matchAmong(
  pattern: string,
  candidates: (base: string) => readonly { name: string; segments: string[] }[],
): string[] {
  const wanted = segmentsOf(pattern);
  const base = wanted[wanted.length - 1];
  if (base === undefined) return [];
  const tests = wanted.map(compileSegment);
  const found: { name: string; depth: number }[] = [];
  for (const { name, segments: have } of candidates(base)) {
    const depth = Math.min(wanted.length, have.length);
    if (depth === 0) continue;
    let ok = true;
    for (let i = 1; i <= depth && ok; i++)
      ok = tests[wanted.length - i]?.(have[have.length - i] ?? '') ?? false;
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

/** The pasted files an `include` argument names (see `createIncludeMatcher`). */
export const matchInclude = (pattern: string, names: readonly string[]): string[] =>
  createIncludeMatcher(names)(pattern);

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
  // Debian/Ubuntu's stock proxy headers: no keep-alive setting, but see `isStockProxyParams`.
  'proxy_params',
]);

/** True when a missing include is a stock file that cannot hold keep-alive settings. */
export const isStockInclude = (pattern: string): boolean =>
  STOCK.has(segmentsOf(pattern).pop() ?? '');

/**
 * Debian and Ubuntu's `/etc/nginx/proxy_params` (package nginx-common): four `proxy_set_header`
 * lines (Host, X-Real-IP, X-Forwarded-For, X-Forwarded-Proto) and no Connection header. A block
 * that includes it sets its own headers, so nginx inherits no outer `proxy_set_header Connection`.
 */
export const STOCK_PROXY_PARAMS_HEADERS = [
  'Host',
  'X-Real-IP',
  'X-Forwarded-For',
  'X-Forwarded-Proto',
];

/** True when an `include` names the stock proxy_params (read as its stock content when not given). */
export const isStockProxyParams = (pattern: string): boolean =>
  segmentsOf(pattern).pop() === 'proxy_params';
