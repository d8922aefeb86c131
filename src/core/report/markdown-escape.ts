/**
 * Escaping for user-derived text in Markdown (labels, file names, scopes, settings and values as
 * written, notes, messages that quote them): what a config or chain file says must show as text,
 * never as markup — `<!--` would hide the rest of a pull-request comment, `[x](javascript:…)`
 * would be a link. CommonMark lets a backslash escape any ASCII punctuation, so every character
 * that can start markup is escaped; line breaks become spaces (a line break could start a block).
 */

/**
 * Characters that can open inline markup, HTML, a link, a table cell, an entity, a heading or
 * GitHub math anywhere in a line. (`(`, `)` and `!` only matter next to `[`/`]`, escaped here.)
 */
const SPECIAL = /[\\`*_[\]<>#|~&$]/g;

/** Inline text for any position in a line (a heading, a list item, a table cell). */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n?|\n/g, ' ')
      // Leading spaces are not shown anyway; four of them would open a code block.
      .trimStart()
      .replace(SPECIAL, (c) => `\\${c}`)
      // At the start of a list item's text, `-`, `+`, `1.` or `1)` would open a nested list
      // (and `---` a thematic break).
      .replace(/^([+-])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

const longestBacktickRun = (text: string): number =>
  Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));

/**
 * A code span that shows `text` verbatim, backticks included: the fence is one backtick longer
 * than the longest run inside, padded with spaces when the text starts or ends with a backtick.
 * In a table cell, `|` must still be escaped (GFM splits cells before it reads code spans).
 */
export function formatCodeSpan(text: string, options: { inTable?: boolean } = {}): string {
  let body = text.replace(/\r\n?|\n/g, ' ');
  if (options.inTable) body = body.replace(/\|/g, '\\|');
  const fence = '`'.repeat(longestBacktickRun(body) + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * A fenced code block, each line after `indent` (to sit inside a list item): the fence is longer
 * than any run of backticks in the text, so no line of it can close the block early.
 */
export function formatCodeBlock(text: string, indent = ''): string[] {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return [
    `${indent}${fence}`,
    ...text.split(/\r\n?|\n/).map((l) => `${indent}${l}`),
    `${indent}${fence}`,
  ];
}
