/** A lone UTF-16 surrogate (encodeURIComponent throws on one): shown as U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const encodeSegments = (path: string): string =>
  path
    .split('/')
    .map((s) => encodeURIComponent(s.replace(LONE_SURROGATE, '\uFFFD')))
    .join('/');

/**
 * A file name as a SARIF `artifactLocation.uri` (RFC 3986 URI reference): a relative name stays a
 * relative reference with each segment percent-encoded (`my app.conf` → `my%20app.conf`, `<stdin>`
 * → `%3Cstdin%3E`; an encoded `:` keeps `a:b` from reading as a scheme); an absolute path becomes
 * a `file:` URI. Backslashes are read as separators.
 */
export function toArtifactUri(file: string): string {
  const path = file.replace(/\\/g, '/');
  const drive = /^([A-Za-z]):\//.exec(path);
  if (drive) return `file:///${drive[1]}:/${encodeSegments(path.slice(3))}`;
  if (path.startsWith('/')) return `file://${encodeSegments(path.replace(/^\/+/, '/'))}`;
  return encodeSegments(path);
}
