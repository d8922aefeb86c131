import { MAX_PER_CODE, type NginxSpanDiagnostic } from './diagnostics';
import { isKnownDirective } from './directives';
import { skipLuaBody } from './lua';
import type { NameTable } from './name-table';

/**
 * nginx tokens. `word` and `string` carry unescaped text; `opaque` is the body of a
 * `*_by_lua_block { … }` (Lua source, skipped without being tokenised); `comment` is a `#` line.
 */
export type TokenKind = 'word' | 'string' | 'open' | 'close' | 'semi' | 'opaque' | 'comment';

export interface Token {
  kind: TokenKind;
  value: string;
  /** 0-based offset of the first character. */
  start: number;
  /** 0-based offset just past the last character. */
  end: number;
  /** A line break lies between the previous token and this one (true for the first token). */
  lineStart: boolean;
}

export interface LexResult {
  tokens: Token[];
  /** Offsets only; `file` is filled in by the caller. */
  diagnostics: NginxSpanDiagnostic[];
}

const NL = 10;
const HASH = 35;
const SEMI = 59;
const OPEN = 123;
const CLOSE = 125;
const DQUOTE = 34;
const SQUOTE = 39;
const PAREN_CLOSE = 41;

/** Whitespace, plus a byte-order mark (files saved on Windows) so `\uFEFFhttp` still reads `http`. */
const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xfeff;
const endsWord = (c: number): boolean => isSpace(c) || c === NL || c === SEMI || c === OPEN;

/** Resolves nginx's escapes (`\"`, `\'`, `\\`, `\t`, `\r`, `\n`); other backslashes stay. */
export function unescapeNginx(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(["'\\trn])/g, (_m, c: string) =>
    c === 't' ? '\t' : c === 'r' ? '\r' : c === 'n' ? '\n' : c,
  );
}

/*
 * The character loops run as sticky regular expressions: the regex engine compiles them to
 * machine code, which keeps a cold start (one CLI run over a large file) fast.
 */
/** Blanks within a line (nginx: space, tab, CR, VT, FF; plus a byte-order mark). */
const BLANKS = /[ \t\r\v\f\uFEFF]*/y;
/** Blanks and line breaks. */
const BLANK_LINES = /[ \t\r\v\f\uFEFF\n]*/y;
/**
 * An unquoted word: ends at a blank, a line break, `;` or `{`, except that a backslash escapes
 * the next character and `{` right after `$` belongs to the word (`${var}`). `}` does not end it.
 */
const WORD = /(?:[^ \t\r\v\f\uFEFF\n;{\\$]+|\\[\s\S]?|\$+\{*)+/y;
/** The body of a quoted string up to (not including) its closing quote or the end of the text. */
const DOUBLE_BODY = /(?:[^"\\]+|\\[\s\S]?)*/y;
const SINGLE_BODY = /(?:[^'\\]+|\\[\s\S]?)*/y;

/** Where a sticky pattern's match starting at `at` ends. */
function matchEnd(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : at;
}

/**
 * A pull lexer over nginx configuration text, the way nginx's `ngx_conf_read_token` reads it:
 * `#` starts a comment only at the start of a token, `${var}` braces stay inside a word,
 * a backslash escapes the next character, `}` inside a word is part of it.
 * `next()` moves to the following token and describes it in the scanner's own fields, so reading
 * a large file allocates nothing per token; `value()` builds a token's text only when asked.
 * Linear in the text length; never throws.
 */
export class NginxScanner {
  kind: TokenKind = 'semi';
  /** 0-based offset of the current token's first character. */
  start = 0;
  /** 0-based offset just past the current token. */
  end = 0;
  /** A line break lies between the previous token and this one (true for the first token). */
  lineStart = true;
  /** Offsets only; `file` is filled in by the caller. */
  readonly diagnostics: NginxSpanDiagnostic[] = [];

  private readonly text: string;
  private readonly withComments: boolean;
  private i = 0;
  private pendingLine = true;
  private statementStart = true;
  private luaPending = false;
  /** Raw text range of the current token's value, and the value once built. */
  private valueStart = 0;
  private valueEnd = 0;
  private cached: string | null = null;
  /** Quote characters already known to have no closing partner before the end of the text. */
  private unclosedSingle = false;
  private unclosedDouble = false;
  /** The first line break at or after `newlineFrom` (text length when none): searched once. */
  private newlineAt = -1;
  private newlineFrom = 0;

  /**
   * `comments`: also stop at `#` comments (kind `comment`); the tree builder skips them.
   * `from`: where to start, at the start of a statement (a directive's name).
   */
  constructor(text: string, comments = true, from = 0) {
    this.text = text;
    this.withComments = comments;
    this.i = from;
  }

  /** The current token's unescaped text (`;`, `{`, `}` for punctuation). */
  value(): string {
    this.cached ??= unescapeNginx(this.text.slice(this.valueStart, this.valueEnd));
    return this.cached;
  }

  /** The current token's text as the table's own string when it spells a known name. */
  name(table: NameTable): string {
    if (this.cached !== null) return this.cached;
    const known =
      this.kind === 'word' ? table.find(this.text, this.valueStart, this.valueEnd) : undefined;
    return known ?? this.value();
  }

  /** Moves to the next token; false at the end of the text. */
  next(): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.i;
    while (i < n) {
      let c = text.charCodeAt(i);
      // Most tokens follow no blank or a single space: the pattern runs only for longer runs.
      if (c === 32) c = text.charCodeAt(++i);
      if (isSpace(c)) {
        i = matchEnd(BLANKS, text, i);
        if (i >= n) break;
        c = text.charCodeAt(i);
      } else if (i >= n) break;
      if (c === NL) {
        this.pendingLine = true;
        i = matchEnd(BLANK_LINES, text, i);
      } else if (c === HASH) {
        const eol = text.indexOf('\n', i);
        const end = eol < 0 ? n : eol;
        if (this.withComments) {
          this.emit('comment', i, end, i + 1, end);
          this.i = end;
          return true;
        }
        i = end;
      } else if (c === SEMI || c === CLOSE || c === OPEN) {
        if (c === OPEN && this.luaPending) return this.lua(i);
        this.emit(c === SEMI ? 'semi' : c === OPEN ? 'open' : 'close', i, i + 1, i, i + 1);
        this.statementStart = true;
        if (c !== OPEN) this.luaPending = false;
        this.i = i + 1;
        return true;
      } else if (c === DQUOTE || c === SQUOTE) {
        this.i = this.quoted(i, c);
        this.statementStart = false;
        return true;
      } else {
        const end = matchEnd(WORD, text, i);
        this.emit('word', i, end, i, end);
        // The raw text ends like the unescaped one here: the suffix holds no escapable letter.
        if (
          this.statementStart &&
          end - i >= LUA_SUFFIX.length &&
          text.startsWith(LUA_SUFFIX, end - LUA_SUFFIX.length)
        )
          this.luaPending = true;
        this.statementStart = false;
        this.i = end;
        return true;
      }
    }
    this.i = n;
    return false;
  }

  private emit(kind: TokenKind, start: number, end: number, valueStart: number, valueEnd: number) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.valueStart = valueStart;
    this.valueEnd = valueEnd;
    this.cached = null;
    this.lineStart = this.pendingLine;
    this.pendingLine = false;
  }

  /** Problems reported so far, by code (past `MAX_PER_CODE` they are counted, not kept). */
  private readonly counts = new Map<NginxSpanDiagnostic['code'], number>();

  /**
   * One "and N more" diagnostic per code reported more than `MAX_PER_CODE` times (a line of
   * quotes reports one per pair), at the last one kept; call once the text is read.
   */
  omitted(): NginxSpanDiagnostic[] {
    const out: NginxSpanDiagnostic[] = [];
    for (const [code, n] of this.counts) {
      if (n <= MAX_PER_CODE) continue;
      const last = this.diagnostics.findLast((d) => d.code === code);
      if (last)
        out.push({
          ...last,
          message: `and ${n - MAX_PER_CODE} more ${code} in this file, not listed`,
          more: n - MAX_PER_CODE,
        });
    }
    return out;
  }

  private report(code: NginxSpanDiagnostic['code'], start: number, end: number, message: string) {
    const n = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, n);
    if (n <= MAX_PER_CODE)
      this.diagnostics.push({ code, severity: 'error', message, file: '', start, end });
  }

  private lua(i: number): boolean {
    const end = skipLuaBody(this.text, i);
    if (end < 0)
      this.report('NGINX_UNCLOSED_BLOCK', i, i + 1, 'Lua block is never closed with "}"');
    const stop = end < 0 ? this.text.length : end;
    this.emit('opaque', i, stop, i + 1, end < 0 ? this.text.length : end - 1);
    this.statementStart = true;
    this.luaPending = false;
    this.i = stop;
    return true;
  }

  /**
   * The offset of the first line break at or after `from` (the text length when none). Offsets
   * only grow while scanning, so one search serves every later call before that line break:
   * a line of 500 000 quotes does not search to its end 500 000 times.
   */
  private lineEnd(from: number): number {
    if (this.newlineAt < 0 || from < this.newlineFrom || from > this.newlineAt) {
      const eol = this.text.indexOf('\n', from);
      this.newlineAt = eol < 0 ? this.text.length : eol;
      this.newlineFrom = from;
    }
    return this.newlineAt;
  }

  /** A quoted string starting at `start`; returns the offset past it. */
  private quoted(start: number, quote: number): number {
    const src = this.text;
    const n = src.length;
    const known = quote === SQUOTE ? this.unclosedSingle : this.unclosedDouble;
    const j = known ? n : matchEnd(quote === SQUOTE ? SINGLE_BODY : DOUBLE_BODY, src, start + 1);
    // A string on one line cannot swallow the directives of the next ones.
    const runaway = j < n && j > this.lineEnd(start) && swallowsDirectives(src, start, j);
    if (j >= n || runaway) {
      // Recovery: an unclosed quote would swallow the rest of the file (or pair with the next
      // directive's quote); end it at its line instead.
      if (!runaway) {
        if (quote === SQUOTE) this.unclosedSingle = true;
        else this.unclosedDouble = true;
      }
      const end = this.lineEnd(start);
      this.report('NGINX_UNTERMINATED_STRING', start, end, 'quoted string is never closed');
      this.emit('string', start, end, start + 1, end);
      return end;
    }
    this.emit('string', start, j + 1, start + 1, j);
    const next = j + 1 < n ? src.charCodeAt(j + 1) : NL;
    if (next === PAREN_CLOSE) return j + 2; // nginx drops a `)` right after a quote: `if ($a = "b")`
    if (!endsWord(next) && next !== CLOSE) {
      this.report(
        'NGINX_UNEXPECTED_CHARACTER',
        j + 1,
        j + 2,
        `unexpected "${src[j + 1] ?? ''}" after a quoted string`,
      );
    }
    return j + 1;
  }
}

const LUA_SUFFIX = '_by_lua_block';

/** Splits nginx configuration text into tokens (comments included); see `NginxScanner`. */
export function lexNginx(text: string): LexResult {
  const tokens: Token[] = [];
  const scanner = new NginxScanner(text);
  while (scanner.next()) {
    const { kind, start, end, lineStart } = scanner;
    tokens.push({ kind, value: scanner.value(), start, end, lineStart });
  }
  return { tokens, diagnostics: scanner.diagnostics.concat(scanner.omitted()) };
}

/** A line that is a whole directive: `name args;`. */
const DIRECTIVE_LINE = /^\s*([a-z_][a-z0-9_]*)\s[^;{}"']*;\s*$/;

/**
 * True when a string running from `start` to `end` spans lines of which one, after the first,
 * is a whole known directive: the opening quote was most likely never closed.
 */
function swallowsDirectives(text: string, start: number, end: number): boolean {
  let nl = text.indexOf('\n', start);
  while (nl >= 0 && nl < end) {
    const next = text.indexOf('\n', nl + 1);
    const stop = next < 0 || next > end ? end : next;
    const name = DIRECTIVE_LINE.exec(text.slice(nl + 1, stop))?.[1];
    if (name !== undefined && isKnownDirective(name)) return true;
    nl = next;
  }
  return false;
}
