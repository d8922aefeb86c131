import type { OffsetProblem } from '../../source/diagnostic';
/**
 * A lexer for the HCL subset Terraform files use: identifiers, numbers, quoted templates (with
 * `${…}` / `%{…}` kept raw), heredocs (kept as opaque tokens), punctuation and significant
 * newlines. Comments (`#`, `//`, `/* *\/`) are dropped. Offsets are 0-based. Never throws.
 */

export type TokenKind = 'ident' | 'number' | 'string' | 'heredoc' | 'punct' | 'newline';

export interface Token {
  kind: TokenKind;
  /** Identifier, number or punctuation as written; a string's raw content between the quotes. */
  text: string;
  start: number;
  end: number;
}

export type LexProblemCode =
  'UNTERMINATED_STRING' | 'UNTERMINATED_COMMENT' | 'UNTERMINATED_HEREDOC' | 'UNEXPECTED_CHARACTER';

export type LexProblem = OffsetProblem<LexProblemCode>;

const MULTI = ['==', '!=', '<=', '>=', '&&', '||', '=>', '...'];
const SINGLE = '{}[]()=,.:?!+-*/%<>';
const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEREDOC = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y;

export function lexHcl(text: string): { tokens: Token[]; problems: LexProblem[] } {
  const tokens: Token[] = [];
  const problems: LexProblem[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '\n') {
      tokens.push({ kind: 'newline', text: '\n', start: i, end: i + 1 });
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') i++;
    else if (c === '#' || text.startsWith('//', i)) i = skipLine(text, i);
    else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) {
        problems.push({
          code: 'UNTERMINATED_COMMENT',
          offset: i,
          message: '/* is never closed with */',
        });
        i = text.length;
      } else i = end + 2;
    } else if (c === '"') i = lexString(text, i, tokens, problems);
    else if (text.startsWith('<<', i) && matchAt(HEREDOC, text, i))
      i = lexHeredoc(text, i, tokens, problems);
    else if (matchAt(IDENT, text, i)) i = push(tokens, 'ident', text, i, IDENT.lastIndex);
    else if (matchAt(NUMBER, text, i)) i = push(tokens, 'number', text, i, NUMBER.lastIndex);
    else {
      const multi = MULTI.find((m) => text.startsWith(m, i));
      if (multi) i = push(tokens, 'punct', text, i, i + multi.length);
      else if (SINGLE.includes(c)) i = push(tokens, 'punct', text, i, i + 1);
      else {
        problems.push({
          code: 'UNEXPECTED_CHARACTER',
          offset: i,
          message: `Unexpected character ${JSON.stringify(c)}`,
        });
        i++;
      }
    }
  }
  return { tokens, problems };
}

function matchAt(re: RegExp, text: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(text);
}

function push(tokens: Token[], kind: TokenKind, text: string, start: number, end: number): number {
  tokens.push({ kind, text: text.slice(start, end), start, end });
  return end;
}

function skipLine(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl;
}

/** A quoted template; `${…}` and `%{…}` may nest braces and strings. Ends at the closing quote. */
function lexString(text: string, start: number, tokens: Token[], problems: LexProblem[]): number {
  const close = scanTemplate(text, start + 1, 0);
  if (close >= 0) {
    tokens.push({ kind: 'string', text: text.slice(start + 1, close - 1), start, end: close });
    return close;
  }
  // Recover at the end of the line the string started on.
  const end = skipLine(text, start);
  problems.push({
    code: 'UNTERMINATED_STRING',
    offset: start,
    message: 'String is not closed with "',
  });
  tokens.push({ kind: 'string', text: text.slice(start + 1, end), start, end });
  return end;
}

/** Index after the closing quote of a template starting at `i`, or -1. */
function scanTemplate(text: string, i: number, depth: number): number {
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else if (c === '\n') return -1;
    else if ((c === '$' || c === '%') && next === c && text[i + 2] === '{') i += 3;
    else if ((c === '$' || c === '%') && next === '{') {
      i = scanInterpolation(text, i + 2, depth + 1);
      if (i < 0) return -1;
    } else i++;
  }
  return -1;
}

/** Index after the `}` closing an interpolation whose body starts at `i`, or -1. */
function scanInterpolation(text: string, i: number, depth: number): number {
  if (depth > 32) return -1;
  let braces = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i = scanTemplate(text, i + 1, depth);
      if (i < 0) return -1;
      continue;
    }
    if (c === '{') braces++;
    else if (c === '}' && braces-- === 0) return i + 1;
    i++;
  }
  return -1;
}

function lexHeredoc(text: string, start: number, tokens: Token[], problems: LexProblem[]): number {
  HEREDOC.lastIndex = start;
  const m = HEREDOC.exec(text);
  const marker = m?.[1] ?? '';
  // Searched from the body on (never a copy of the rest of the text): linear in many heredocs.
  const re = new RegExp(`^[ \\t]*${marker}[ \\t]*\\r?$`, 'gm');
  const bodyStart = HEREDOC.lastIndex;
  re.lastIndex = bodyStart;
  const found = re.exec(text);
  const end = found ? found.index + found[0].length : text.length;
  if (!found)
    problems.push({
      code: 'UNTERMINATED_HEREDOC',
      offset: start,
      message: `Heredoc <<${marker} has no closing ${marker} line`,
    });
  tokens.push({ kind: 'heredoc', text: text.slice(bodyStart, end), start, end });
  return end;
}
