/**
 * Comment and string masking for the code-snippet parsers.
 *
 * `maskCode` returns a copy of the text of the same length where comments are blanked entirely
 * and string contents are blanked between their (kept) delimiters. Newlines are always kept, so
 * offsets, lines and columns in the masked text are those of the original: regexes run over the
 * masked text, values are read from the original at the same offsets.
 */
export type CodeLanguage = 'go' | 'js' | 'java' | 'python' | 'shell';

interface LanguageSpec {
  lineComment: string | undefined;
  blockComment: boolean;
  /** Single-line quotes (end at the line's end when unterminated). */
  quotes: string;
  /** Multi-line string delimiters, longest first; `escapes: false` for Go raw strings. */
  multi: readonly { delim: string; escapes: boolean }[];
  template: boolean;
  regex: boolean;
}

const SPECS: Record<Exclude<CodeLanguage, 'shell'>, LanguageSpec> = {
  go: {
    lineComment: '//',
    blockComment: true,
    quotes: `"'`,
    multi: [{ delim: '`', escapes: false }],
    template: false,
    regex: false,
  },
  js: {
    lineComment: '//',
    blockComment: true,
    quotes: `"'`,
    multi: [],
    template: true,
    regex: true,
  },
  java: {
    lineComment: '//',
    blockComment: true,
    quotes: `"'`,
    multi: [{ delim: '"""', escapes: true }],
    template: false,
    regex: false,
  },
  python: {
    lineComment: '#',
    blockComment: false,
    quotes: `"'`,
    multi: [
      { delim: '"""', escapes: true },
      { delim: "'''", escapes: true },
    ],
    template: false,
    regex: false,
  },
};

/** Blanks comments and string contents of `text` (same length, newlines kept). Never throws. */
export function maskCode(text: string, language: CodeLanguage): string {
  if (language === 'shell') return maskShellComments(text);
  const out = text.split('');
  new Masker(text, out, SPECS[language]).run();
  return out.join('');
}

/** Shell, Dockerfile, Procfile and YAML: only `#` comments that start a word; quotes stay visible. */
function maskShellComments(text: string): string {
  const out = text.split('');
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') quote = '';
    else if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      while (i < text.length && text[i] !== '\n') out[i++] = ' ';
      i--;
    }
  }
  return out.join('');
}

const REGEX_PREFIX = /[(,=:[!&|?{};+\-*%<>~^]$/;
const REGEX_KEYWORD = /\b(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/;

class Masker {
  private i = 0;
  /** Template nesting: 'tpl' while inside template text, a brace depth inside `${ … }`. */
  private readonly stack: ('tpl' | number)[] = [];
  /** The code seen so far, trimmed of masked parts: decides whether `/` starts a regex. */
  private lastCode = '';

  constructor(
    private readonly text: string,
    private readonly out: string[],
    private readonly spec: LanguageSpec,
  ) {}

  run(): void {
    const { text } = this;
    while (this.i < text.length) {
      if (this.stack.at(-1) === 'tpl') this.stepTemplate();
      else this.stepCode();
    }
  }

  private blank(from: number, to: number): void {
    for (let k = from; k < to && k < this.text.length; k++)
      if (this.out[k] !== '\n') this.out[k] = ' ';
  }

  /** Inside a template everything is blanked, delimiters included. */
  private get nested(): boolean {
    return this.stack.length > 0;
  }

  private stepTemplate(): void {
    const c = this.text[this.i];
    if (c === '\\') {
      this.blank(this.i, this.i + 2);
      this.i += 2;
    } else if (c === '`') {
      this.stack.pop();
      if (this.nested) this.blank(this.i, this.i + 1);
      this.i++;
      this.lastCode = '`';
    } else if (c === '$' && this.text[this.i + 1] === '{') {
      this.blank(this.i, this.i + 2);
      this.stack.push(0);
      this.i += 2;
    } else {
      this.blank(this.i, this.i + 1);
      this.i++;
    }
  }

  private stepCode(): void {
    const { text, spec } = this;
    const i = this.i;
    const c = text[i] ?? '';
    if (spec.lineComment && text.startsWith(spec.lineComment, i)) {
      const end = text.indexOf('\n', i);
      return this.skip(i, end < 0 ? text.length : end, true);
    }
    if (spec.blockComment && text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      return this.skip(i, end < 0 ? text.length : end + 2, true);
    }
    for (const m of spec.multi)
      if (text.startsWith(m.delim, i)) return this.skipString(m.delim, m.escapes, true);
    if (spec.quotes.includes(c)) return this.skipString(c, true, false);
    if (spec.template && c === '`') {
      if (this.nested) this.blank(i, i + 1);
      this.stack.push('tpl');
      this.i++;
      return;
    }
    if (spec.regex && c === '/' && this.regexAllowed() && this.skipRegex()) return;
    const top = this.stack.at(-1);
    if (typeof top === 'number') {
      if (c === '{') this.stack[this.stack.length - 1] = top + 1;
      else if (c === '}') {
        if (top === 0)
          this.stack.pop(); // back in the template text
        else this.stack[this.stack.length - 1] = top - 1;
      }
      this.blank(i, i + 1);
    }
    if (!/\s/.test(c)) this.lastCode = (this.lastCode + c).slice(-12);
    this.i++;
  }

  private skip(from: number, to: number, all: boolean): void {
    if (all || this.nested) this.blank(from, to);
    this.i = to;
  }

  /** Blanks a string's contents (its delimiters too when nested in a template). */
  private skipString(delim: string, escapes: boolean, multiline: boolean): void {
    const { text } = this;
    const start = this.i;
    let k = start + delim.length;
    while (k < text.length) {
      const ch = text[k];
      if (escapes && ch === '\\') k += 2;
      else if (text.startsWith(delim, k)) break;
      else if (!multiline && ch === '\n') break;
      else k++;
    }
    k = Math.min(k, text.length);
    const closed = text.startsWith(delim, k);
    this.blank(start + delim.length, k);
    const end = closed ? k + delim.length : k;
    if (this.nested) this.blank(start, end);
    this.i = end;
    this.lastCode = 'x';
  }

  private regexAllowed(): boolean {
    const next = this.text[this.i + 1];
    if (next === '/' || next === '*') return false;
    return (
      this.lastCode === '' || REGEX_PREFIX.test(this.lastCode) || REGEX_KEYWORD.test(this.lastCode)
    );
  }

  /** Blanks a regex literal's body; false when `/` turned out to be a division. */
  private skipRegex(): boolean {
    const { text } = this;
    const start = this.i;
    let k = start + 1;
    let inClass = false;
    while (k < text.length && text[k] !== '\n') {
      const ch = text[k];
      if (ch === '\\') k++;
      else if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      else if (ch === '/' && !inClass) break;
      k++;
    }
    if (text[k] !== '/') return false;
    this.blank(start + 1, k);
    if (this.nested) this.blank(start, k + 1);
    this.i = k + 1;
    this.lastCode = 'x';
    return true;
  }
}
