import { err, ok, type Result } from '../../core/model/result';

/**
 * The path segments a request URL names inside the served folder, or why it names nothing there.
 * Refused: anything that is not an absolute path, undecodable %-escapes, NUL, backslashes, `..`
 * and `.` segments (before or after decoding: `%2e%2e` too) and hidden files (`.env`, `.git`).
 * A path ending in `/` (the root too) names that folder's index.html.
 */
export function requestPathSegments(rawUrl: string): Result<string[]> {
  const query = rawUrl.search(/[?#]/);
  const path = query < 0 ? rawUrl : rawUrl.slice(0, query);
  if (!path.startsWith('/')) return err('not an absolute path');
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return err('bad %-escape');
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return err('forbidden character');
  const segments = decoded.slice(1).split('/');
  const last = segments.length - 1;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (s === '' && i !== last) return err('empty segment');
    if (s.startsWith('.')) return err('dot segment or hidden file');
  }
  if (segments[last] === '') segments[last] = 'index.html';
  return ok(segments);
}
