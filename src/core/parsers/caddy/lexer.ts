import type { OffsetProblem } from '../../source/diagnostic';

/** One Caddyfile token: a word, a quoted string, or `{` / `}`, with its offsets in its file. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** A newline (outside quotes) comes between the previous token and this one. */
  newLine: boolean;
  /** Written in quotes: `{` and `}` in quotes are words, not braces. */
  quoted: boolean;
  file: string;
}

export type LexCode = 'CADDY_UNTERMINATED_QUOTE';

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\f';

/**
 * The tokens of a Caddyfile as Caddy's lexer splits them: blanks separate, a newline ends a line,
 * `#` at the start of a token comments to the line end, `"…"` quotes (a backslash escapes `"`),
 * `` `…` `` quotes raw, and a quoted string may span lines. Linear in the text.
 */
export function lexCaddyfile(file: string, text: string) {
  const tokens: Token[] = [];
  const problems: OffsetProblem<LexCode>[] = [];
  let newLine = true;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      newLine = true;
      i++;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const start = i;
    if (c === '"' || c === '`') {
      let out = '';
      i++;
      while (i < text.length && text[i] !== c) {
        if (c === '"' && text[i] === '\\' && text[i + 1] === '"') i++;
        out += text[i] ?? '';
        i++;
      }
      if (i >= text.length)
        problems.push({
          code: 'CADDY_UNTERMINATED_QUOTE',
          offset: start,
          message: 'unterminated quote: the file ends inside it',
        });
      i = Math.min(text.length, i + 1);
      tokens.push({ text: out, start, end: i, newLine, quoted: true, file });
      newLine = false;
      continue;
    }
    while (i < text.length && text[i] !== '\n' && !isSpace(text[i])) i++;
    tokens.push({ text: text.slice(start, i), start, end: i, newLine, quoted: false, file });
    newLine = false;
  }
  return { tokens, problems };
}
