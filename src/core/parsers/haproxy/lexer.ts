import type { OffsetProblem } from '../../source/diagnostic';

/** One word of a configuration line, unquoted and unescaped, with where it was written. */
export interface Word {
  /** The word as HAProxy reads it (quotes removed, escapes applied; variables not expanded). */
  text: string;
  /** The word as written, quotes included. */
  raw: string;
  start: number;
  end: number;
  /** Environment variables written inside double quotes (`"${IDLE}"`, `"$IDLE"`). */
  vars: string[];
}

/** The words of one non-empty line (comments removed). */
export interface Line {
  words: Word[];
  start: number;
}

export type LexCode = 'HAPROXY_UNTERMINATED_QUOTE';

const isSpace = (c: string) => c === ' ' || c === '\t';
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

/** Reads `$NAME` or `${NAME}` at `i` inside double quotes: the name and the offset after it. */
function readVar(text: string, i: number, end: number): { name: string; next: number } | undefined {
  const braced = text[i + 1] === '{';
  NAME.lastIndex = i + (braced ? 2 : 1);
  const m = NAME.exec(text);
  if (!m) return undefined;
  const after = NAME.lastIndex;
  if (braced) {
    // `${NAME}` or `${NAME[,]}` (HAProxy 2.3+ splits on a separator): the scan stops at the
    // next `$`, `"` or `}`, so a line of unclosed `${` stays linear.
    let close = after;
    if (text[close] === '[') while (close < end && !'$"}]'.includes(text[close] ?? '')) close++;
    if (text[close] === ']') close++;
    if (close >= end || text[close] !== '}') return undefined;
    return { name: m[0], next: close + 1 };
  }
  return { name: m[0], next: after };
}

/**
 * Splits one line (`text[start, end)`) into words as HAProxy does: blanks separate words, `#`
 * starts a comment outside quotes, `\` escapes the next character, double quotes allow escapes
 * and variables, single quotes are literal. One pass over the line: linear.
 */
function lexLine(text: string, start: number, end: number, problems: OffsetProblem<LexCode>[]) {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    const c = text[i] ?? '';
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === '#') break;
    const wordStart = i;
    let out = '';
    const vars: string[] = [];
    let quote: '"' | "'" | null = null;
    let quoteAt = i;
    while (i < end) {
      const ch = text[i] ?? '';
      if (quote === null && (isSpace(ch) || ch === '#')) break;
      if (ch === '\\' && quote !== "'" && i + 1 < end) {
        out += text[i + 1] ?? '';
        i += 2;
        continue;
      }
      if ((ch === '"' || ch === "'") && (quote === null || quote === ch)) {
        if (quote === null) quoteAt = i;
        quote = quote === null ? ch : null;
        i++;
        continue;
      }
      if (ch === '$' && quote === '"') {
        const v = readVar(text, i, end);
        if (v) {
          vars.push(v.name);
          out += text.slice(i, v.next);
          i = v.next;
          continue;
        }
      }
      out += ch;
      i++;
    }
    if (quote !== null)
      problems.push({
        code: 'HAPROXY_UNTERMINATED_QUOTE',
        offset: quoteAt,
        message: `unterminated ${quote === '"' ? 'double' : 'single'} quote: the line ends inside it`,
      });
    words.push({ text: out, raw: text.slice(wordStart, i), start: wordStart, end: i, vars });
  }
  return words;
}

/** Every line of an haproxy.cfg that holds words. Lines end at `\r\n`, `\r` or `\n`. */
export function lexHaproxy(text: string): { lines: Line[]; problems: OffsetProblem<LexCode>[] } {
  const lines: Line[] = [];
  const problems: OffsetProblem<LexCode>[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const words = lexLine(text, start, end, problems);
    if (words.length > 0) lines.push({ words, start });
    if (end >= text.length) break;
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return { lines, problems };
}
