/** How much of a file detection looks at. */
const SAMPLE = 20_000;

const SECTION = /^(global|defaults|frontend|backend|listen|peers|resolvers|userlist)(?:[ \t]|$)/;
/** Keywords that only HAProxy writes this way (no `;`, no `=`, no `{`). */
const KEYWORD =
  /^(?:timeout[ \t]+(?:client|server|connect|http-request|http-keep-alive|queue|tunnel)[ \t]|mode[ \t]+(?:http|tcp)\b|bind[ \t]+\S|server[ \t]+\S+[ \t]+\S|default_backend[ \t]|use_backend[ \t]|option[ \t]+[a-z-]+|balance[ \t]+[a-z]|maxconn[ \t]+\d|http-(?:request|response|reuse)[ \t]|acl[ \t]+\S|stats[ \t]+\S|log[ \t]+\S|default-server[ \t])/;

/**
 * Confidence 0..1 that `text` is an haproxy.cfg: section headers at the start of a line
 * (`frontend web`, `defaults`) and HAProxy keywords (`timeout client 30s`, `mode http`,
 * `default_backend app`), against lines ending in `;` or `{` (nginx) or `<Tag` lines (Apache).
 */
export function detectHaproxy(text: string, fileName?: string): number {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let sections = 0;
  let keywords = 0;
  let foreign = 0;
  let proxies = 0;
  for (const raw of sample.split(/\r\n?|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (/[;{}]$/.test(line) || line.startsWith('<') || /^[\w.-]+\s*[:=]/.test(line)) foreign++;
    else if (SECTION.test(line)) {
      sections++;
      if (!/^(global|defaults)/.test(line)) proxies++;
    } else if (KEYWORD.test(line)) keywords++;
  }
  const hint = /haproxy|\.cfg$/i.test(fileName ?? '') ? 0.1 : 0;
  if (sections === 0 && keywords === 0) return hint;
  const share = (sections + keywords) / (sections + keywords + foreign);
  const evidence = Math.min(keywords, 4) / 4;
  const structure = sections > 0 ? (proxies > 0 ? 0.35 : 0.25) : 0;
  return Math.min(0.99, share * (0.15 + structure + 0.4 * evidence) + hint);
}
