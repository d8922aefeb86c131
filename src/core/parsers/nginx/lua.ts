const OPEN = 123;
const CLOSE = 125;
const DQUOTE = 34;
const SQUOTE = 39;
const BACKSLASH = 92;
const DASH = 45;
const BRACKET = 91;
const NL = 10;

/** Length of a Lua long-bracket opener (`[[`, `[==[`) at `i`, or 0 when there is none. */
function longBracketAt(text: string, i: number): number {
  if (text.charCodeAt(i) !== BRACKET) return 0;
  let j = i + 1;
  while (text.charCodeAt(j) === 61 /* = */) j++;
  return text.charCodeAt(j) === BRACKET ? j - i + 1 : 0;
}

/** Offset just past the long bracket that closes one of `openerLength`, or -1. */
function skipLongBracket(text: string, i: number, openerLength: number): number {
  const closer = `]${'='.repeat(openerLength - 2)}]`;
  const at = text.indexOf(closer, i + openerLength);
  return at < 0 ? -1 : at + closer.length;
}

/**
 * Skips the body of an OpenResty `*_by_lua_block { … }` starting at the `{` at `start`, honouring
 * Lua strings (`'…'`, `"…"`, `[[…]]`) and comments (`--`, `--[[…]]`) so braces inside them do not
 * count. Returns the offset just past the matching `}`, or -1 when the block is never closed.
 * Linear in the length of the block.
 */
export function skipLuaBody(text: string, start: number): number {
  const n = text.length;
  let depth = 0;
  let i = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === OPEN) {
      depth++;
      i++;
    } else if (c === CLOSE) {
      depth--;
      i++;
      if (depth === 0) return i;
    } else if (c === DQUOTE || c === SQUOTE) {
      i++;
      while (i < n) {
        const ch = text.charCodeAt(i);
        if (ch === BACKSLASH) i += 2;
        else if (ch === c || ch === NL) break;
        else i++;
      }
      i++;
    } else if (c === DASH && text.charCodeAt(i + 1) === DASH) {
      const long = longBracketAt(text, i + 2);
      if (long > 0) {
        const end = skipLongBracket(text, i + 2, long);
        if (end < 0) return -1;
        i = end;
      } else {
        const eol = text.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      }
    } else {
      const long = longBracketAt(text, i);
      if (long > 0) {
        const end = skipLongBracket(text, i, long);
        if (end < 0) return -1;
        i = end;
      } else {
        i++;
      }
    }
  }
  return -1;
}
