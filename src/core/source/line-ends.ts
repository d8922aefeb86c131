/**
 * The text with each lone `\r` (classic Mac line end) turned into `\n`. Same length, so every
 * offset and range stays valid for the original text. YAML 1.2 counts a lone CR as a line break
 * (`b-break`); the `yaml` package's lexer does not, and would read a CR-only file as one line.
 */
export function lineBreaksForYaml(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
