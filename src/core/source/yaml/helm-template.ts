/*
 * A Helm chart's templates are YAML with Go template actions: `{{- if .Values.x }}` lines and
 * `key: {{ .Values.y | quote }}` values, which are not YAML (`{{` opens a flow mapping). Read
 * as they stand, a file fails to parse and a templated value is lost or misread. Before parsing,
 * an action alone on its line becomes blanks, and a value holding one becomes a quoted string of
 * the same length (`"{{.Values.y | quote}}"`), so readers see a template placeholder where the
 * template is and every offset still points into the text as written.
 */

/** A line of actions only (`{{- if .Values.x }}`, `{{ end }}{{ end }}`), found in one pass. */
function isActionLine(line: string): boolean {
  let at = line.search(/\S/);
  if (at < 0) return false;
  while (at < line.length) {
    if (!line.startsWith('{{', at)) return false;
    const close = line.indexOf('}}', at + 2);
    if (close < 0) return false;
    at = close + 2;
    while (line[at] === ' ' || line[at] === '\t') at++;
  }
  return true;
}
/** A mapping value (`key: …`) or a sequence item (`- …`) that holds an action. */
const VALUE = /^([ \t]*(?:-[ \t]+)?(?:[^\s#'"{][^#]*?:[ \t]+|-[ \t]+))(\S.*)$/;

/** `value` as a quoted string of the same length, or undefined when it cannot be. */
function quoteSameLength(value: string): string | undefined {
  if (value.startsWith('"') || value.startsWith("'")) return undefined;
  // Two blanks inside the first `{{ ` and the last ` }}` make room for the quotes.
  const open = value.indexOf('{{ ');
  const close = value.lastIndexOf(' }}');
  if (open < 0 || close <= open) return undefined;
  const body = `${value.slice(0, open + 2)}${value.slice(open + 3, close)}${value.slice(close + 1)}`;
  if (!body.includes('"')) return `"${body}"`;
  if (!body.includes("'")) return `'${body}'`;
  return undefined;
}

/** `text` with its Helm template actions made readable as YAML, every offset kept. Linear. */
export function blankHelmTemplates(text: string): string {
  if (!text.includes('{{')) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.includes('{{')) continue;
    const cr = line.endsWith('\r') ? '\r' : '';
    const content = cr ? line.slice(0, -1) : line;
    if (isActionLine(content)) {
      lines[i] = ' '.repeat(content.length) + cr;
      continue;
    }
    const m = VALUE.exec(content);
    const rest = m?.[2] ?? '';
    const value = rest.trimEnd();
    const quoted = value.includes('{{') ? quoteSameLength(value) : undefined;
    if (m && quoted !== undefined)
      lines[i] = `${m[1] ?? ''}${quoted}${rest.slice(value.length)}${cr}`;
  }
  return lines.join('\n');
}
