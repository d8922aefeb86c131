import type { OffsetProblem } from '../../source/diagnostic';

/** One word of a directive, unquoted, with its offsets in its file. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** Where `text` starts: after the opening quote of a quoted word. */
  textStart: number;
}

/** One directive or section tag (`<VirtualHost *:80>`, `</VirtualHost>`) of one file. */
export interface Statement {
  file: string;
  /** `directive`, `open` (`<Proxy …>`) or `close` (`</Proxy>`). */
  kind: 'directive' | 'open' | 'close';
  /** The directive or section name as written (`KeepAliveTimeout`, `VirtualHost`). */
  name: Word;
  /** Lower-cased name: httpd matches names case-insensitively. */
  key: string;
  args: Word[];
}

export type LexCode = 'APACHE_UNTERMINATED_QUOTE' | 'APACHE_UNCLOSED_TAG';

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isBreak = (c: string | undefined) => c === '\n' || c === '\r';

/**
 * Splits one logical line into words as `ap_getword_conf` does: blanks separate, `"…"` and `'…'`
 * quote (a backslash escapes the quote), and a `\` before the line end continues the line.
 * `end` excludes the line end; continuation breaks inside it count as blanks.
 */
function readWords(text: string, start: number, end: number, problems: OffsetProblem<LexCode>[]) {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    const c = text[i];
    if (isSpace(c) || isBreak(c) || (c === '\\' && isBreak(text[i + 1]))) {
      i++;
      continue;
    }
    const from = i;
    if (c === '"' || c === "'") {
      let out = '';
      i++;
      while (i < end && text[i] !== c) {
        if (text[i] === '\\' && text[i + 1] === c) i++;
        out += text[i] ?? '';
        i++;
      }
      if (i >= end)
        problems.push({
          code: 'APACHE_UNTERMINATED_QUOTE',
          offset: from,
          message: 'unterminated quote: the line ends inside it',
        });
      i = Math.min(end, i + 1);
      words.push({ text: out, start: from, end: i, textStart: from + 1 });
      continue;
    }
    while (
      i < end &&
      !isSpace(text[i]) &&
      !isBreak(text[i]) &&
      !(text[i] === '\\' && isBreak(text[i + 1]))
    )
      i++;
    words.push({ text: text.slice(from, i), start: from, end: i, textStart: from });
  }
  return words;
}

/** Turns the words of a line into a statement: a directive, or a section's open or close tag. */
function toStatement(
  file: string,
  words: Word[],
  problems: OffsetProblem<LexCode>[],
): Statement | undefined {
  const [first, ...args] = words;
  if (!first) return undefined;
  if (!first.text.startsWith('<'))
    return { file, kind: 'directive', name: first, key: first.text.toLowerCase(), args };
  const closing = first.text.startsWith('</');
  const nameText = first.text.slice(closing ? 2 : 1).replace(/>$/, '');
  const last = args.at(-1) ?? first;
  if (!last.text.endsWith('>'))
    problems.push({
      code: 'APACHE_UNCLOSED_TAG',
      offset: first.start,
      message: `<${nameText} is not closed with ">"`,
    });
  const trimmed = args.map((w, i) =>
    i === args.length - 1 && w.text.endsWith('>') ? { ...w, text: w.text.slice(0, -1) } : w,
  );
  const at = first.start + (closing ? 2 : 1);
  const name = { text: nameText, start: at, end: at + nameText.length, textStart: at };
  return {
    file,
    kind: closing ? 'close' : 'open',
    name,
    key: nameText.toLowerCase(),
    args: trimmed.filter((w) => w.text !== ''),
  };
}

/**
 * The statements of one Apache httpd config file, in order. Comments are lines whose first
 * non-blank character is `#` (httpd has no comment after a directive). Linear in the text.
 */
export function lexApache(file: string, text: string) {
  const statements: Statement[] = [];
  const problems: OffsetProblem<LexCode>[] = [];
  let start = 0;
  while (start < text.length) {
    // A logical line runs to a line end not preceded by `\`.
    let end = start;
    while (end < text.length && !(isBreak(text[end]) && text[end - 1] !== '\\')) {
      if (isBreak(text[end]) && text[end] === '\r' && text[end + 1] === '\n') end++;
      end++;
    }
    let first = start;
    while (first < end && (isSpace(text[first]) || isBreak(text[first]))) first++;
    if (first < end && text[first] !== '#') {
      const st = toStatement(file, readWords(text, first, end, problems), problems);
      if (st) statements.push(st);
    }
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return { statements, problems };
}
