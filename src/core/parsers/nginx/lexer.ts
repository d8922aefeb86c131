import type { OffsetDiagnostic } from './diagnostics';
import { isKnownDirective } from './directives';
import { skipLuaBody } from './lua';

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
  diagnostics: OffsetDiagnostic[];
}

const NL = 10;
const HASH = 35;
const SEMI = 59;
const OPEN = 123;
const CLOSE = 125;
const DQUOTE = 34;
const SQUOTE = 39;
const BACKSLASH = 92;
const DOLLAR = 36;
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

/**
 * Splits nginx configuration text into tokens, the way nginx's `ngx_conf_read_token` does:
 * `#` starts a comment only at the start of a token, `${var}` braces stay inside a word,
 * a backslash escapes the next character, `}` inside a word is part of it.
 * Linear in the text length; never throws.
 */
export function lexNginx(text: string): LexResult {
  const tokens: Token[] = [];
  const diagnostics: OffsetDiagnostic[] = [];
  const n = text.length;
  /** Quote characters already known to have no closing partner before the end of the text. */
  const unclosed = new Set<number>();
  let i = 0;
  let lineStart = true;
  let statementStart = true;
  let luaPending = false;
  const push = (kind: TokenKind, value: string, start: number, end: number): void => {
    tokens.push({ kind, value, start, end, lineStart });
    lineStart = false;
  };
  const report = (code: OffsetDiagnostic['code'], start: number, end: number, msg: string) =>
    diagnostics.push({ code, severity: 'error', message: msg, file: '', start, end });

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      lineStart = true;
      i++;
    } else if (isSpace(c)) {
      i++;
    } else if (c === HASH) {
      const eol = text.indexOf('\n', i);
      const end = eol < 0 ? n : eol;
      push('comment', text.slice(i + 1, end), i, end);
      i = end;
    } else if (c === SEMI || c === CLOSE) {
      push(c === SEMI ? 'semi' : 'close', text[i] ?? '', i, i + 1);
      statementStart = true;
      luaPending = false;
      i++;
    } else if (c === OPEN && luaPending) {
      const end = skipLuaBody(text, i);
      if (end < 0) report('NGINX_UNCLOSED_BLOCK', i, i + 1, 'Lua block is never closed with "}"');
      const stop = end < 0 ? n : end;
      push('opaque', text.slice(i + 1, end < 0 ? n : end - 1), i, stop);
      statementStart = true;
      luaPending = false;
      i = stop;
    } else if (c === OPEN) {
      push('open', '{', i, i + 1);
      statementStart = true;
      i++;
    } else if (c === DQUOTE || c === SQUOTE) {
      i = lexQuoted(text, i, c);
    } else {
      const end = scanWord(text, i);
      const value = unescapeNginx(text.slice(i, end));
      push('word', value, i, end);
      if (statementStart && value.endsWith('_by_lua_block')) luaPending = true;
      statementStart = false;
      i = end;
    }
  }
  return { tokens, diagnostics };

  function lexQuoted(src: string, start: number, quote: number): number {
    let j = unclosed.has(quote) ? n : start + 1;
    while (j < n) {
      const ch = src.charCodeAt(j);
      if (ch === BACKSLASH) j += 2;
      else if (ch === quote) break;
      else j++;
    }
    const runaway = j < n && swallowsDirectives(src, start, j);
    if (j >= n || runaway) {
      // Recovery: an unclosed quote would swallow the rest of the file (or pair with the next
      // directive's quote); end it at its line instead.
      if (!runaway) unclosed.add(quote);
      const eol = src.indexOf('\n', start);
      const end = eol < 0 ? n : eol;
      report('NGINX_UNTERMINATED_STRING', start, end, 'quoted string is never closed');
      push('string', unescapeNginx(src.slice(start + 1, end)), start, end);
      statementStart = false;
      return end;
    }
    push('string', unescapeNginx(src.slice(start + 1, j)), start, j + 1);
    statementStart = false;
    const next = j + 1 < n ? src.charCodeAt(j + 1) : NL;
    if (next === PAREN_CLOSE) return j + 2; // nginx drops a `)` right after a quote: `if ($a = "b")`
    if (!endsWord(next) && next !== CLOSE) {
      report(
        'NGINX_UNEXPECTED_CHARACTER',
        j + 1,
        j + 2,
        `unexpected "${src[j + 1] ?? ''}" after a quoted string`,
      );
    }
    return j + 1;
  }
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

/** The end offset of an unquoted word starting at `start`. */
function scanWord(text: string, start: number): number {
  const n = text.length;
  let j = start;
  let variable = false;
  while (j < n) {
    const ch = text.charCodeAt(j);
    if (ch === OPEN && variable) {
      j++;
      continue;
    }
    variable = false;
    if (ch === BACKSLASH) {
      j += 2;
      continue;
    }
    if (ch === DOLLAR) {
      variable = true;
      j++;
      continue;
    }
    if (endsWord(ch)) break;
    j++;
  }
  return Math.min(j, n);
}
