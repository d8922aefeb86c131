/**
 * The file-name ending a fence's info string stands for: detectors read the name as a hint
 * (never a verdict), so a ```nginx block is named like an nginx config.
 */
const ENDINGS: Record<string, string> = {
  nginx: '.conf',
  conf: '.conf',
  apache: '.conf',
  apacheconf: '.conf',
  haproxy: '.cfg',
  yaml: '.yaml',
  yml: '.yaml',
  json: '.json',
  go: '.go',
  golang: '.go',
  java: '.java',
  kotlin: '.kt',
  kt: '.kt',
  hcl: '.tf',
  terraform: '.tf',
  tf: '.tf',
  properties: '.properties',
  xml: '.xml',
  ini: '.ini',
  toml: '.toml',
  python: '.py',
  py: '.py',
  javascript: '.js',
  js: '.js',
  typescript: '.ts',
  ts: '.ts',
  csharp: '.cs',
  cs: '.cs',
  caddy: '/Caddyfile',
  caddyfile: '/Caddyfile',
};

/** `.conf` for `nginx`; empty for an unknown or missing hint. */
export const endingForHint = (hint: string | undefined): string =>
  (hint !== undefined && Object.hasOwn(ENDINGS, hint) ? ENDINGS[hint] : undefined) ?? '';
