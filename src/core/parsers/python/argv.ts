/**
 * Shell-like tokenizing of command lines with offsets: quotes, backslash escapes, line
 * continuations and the `&& || ; | &` separators; JSON / YAML flow arrays (`["gunicorn", "-k", …]`).
 */
export interface Token {
  /** The word after quote removal. */
  text: string;
  /** Offsets of the raw word in the file. */
  start: number;
  end: number;
  /** A command separator (`&&`, `||`, `;`, `|`, `&`). */
  op?: boolean;
  /** When the whole word is one quoted string: where its content starts (for `sh -c "…"`). */
  innerStart?: number;
}

const OPS = ['&&', '||', ';', '|', '&'];

/** Splits text[start, end) like a POSIX shell would split a simple command list. Never throws. */
export function tokenizeShell(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text[i] ?? '';
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (op) {
      out.push({ text: op, start: i, end: i + op.length, op: true });
      i += op.length;
      continue;
    }
    const word = readWord(text, i, end);
    out.push(word);
    i = Math.max(word.end, i + 1);
  }
  return out;
}

function readWord(text: string, start: number, end: number): Token {
  let i = start;
  let value = '';
  let quotes = 0;
  while (i < end) {
    const c = text[i] ?? '';
    if (/\s/.test(c) || OPS.some((o) => text.startsWith(o, i))) break;
    if (c === '\\') {
      if (text[i + 1] !== '\n') value += text[i + 1] ?? '';
      i += 2;
    } else if (c === "'" || c === '"') {
      quotes++;
      let k = i + 1;
      while (k < end && text[k] !== c) {
        if (c === '"' && text[k] === '\\' && k + 1 < end) k++;
        value += text[k] ?? '';
        k++;
      }
      i = Math.min(k + 1, end);
    } else {
      value += c;
      i++;
    }
  }
  const whole =
    quotes === 1 && (text[start] === '"' || text[start] === "'") && text[i - 1] === text[start];
  return { text: value, start, end: i, ...(whole ? { innerStart: start + 1 } : {}) };
}

/**
 * The string elements of an exec-form array starting at `open` (`[`), up to its `]` or `end`.
 * Double- and single-quoted strings (YAML flow style) are accepted; other elements are skipped.
 */
export function parseStringArray(text: string, open: number, end: number): Token[] {
  const out: Token[] = [];
  let i = open + 1;
  while (i < end && text[i] !== ']') {
    const c = text[i] ?? '';
    if (c === '"' || c === "'") {
      let k = i + 1;
      let value = '';
      while (k < end && text[k] !== c && text[k] !== '\n') {
        if (c === '"' && text[k] === '\\' && k + 1 < end) {
          k++;
          value += text[k] === 'n' ? '\n' : (text[k] ?? '');
        } else value += text[k] ?? '';
        k++;
      }
      out.push({ text: value, start: i, end: Math.min(k + 1, end), innerStart: i + 1 });
      i = k + 1;
    } else if (/[\s,]/.test(c)) i++;
    else {
      const m = /^[^\s,\]]+/.exec(text.slice(i, Math.min(end, i + 200)));
      const len = m ? m[0].length : 1;
      out.push({ text: m?.[0] ?? c, start: i, end: i + len });
      i += len;
    }
  }
  return out;
}
