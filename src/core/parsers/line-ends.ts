/**
 * A lone CR (old Mac line ends, some web pages) ends a line for YAML and Java `.properties`,
 * but the line index counts LF only. Turning each lone CR into LF keeps the text's length, so
 * offsets stay valid, and puts every position on its real line. CRLF is left alone.
 */
export function normalizeLoneCr(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
