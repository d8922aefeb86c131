/**
 * Tells prose lines from config lines in a pasted article. A config line almost always holds
 * punctuation prose does not (`{ } ; = < > [ ] | \``), a dotted or snake_case name, a call, or a
 * `key:` first word; prose is words and spaces. Each test is one pass over the line: linear.
 */

/** Characters a config line holds and a sentence does not. */
const CONFIG_CHAR = /[{}[\];=<>|`\\]/;
/** Code-like words: `http.Server`, `idle_timeout`, `call(`, `->`, `:=`, `//`, ` #`. */
const CODE_WORD = /[A-Za-z]\.[A-Za-z]|[A-Za-z0-9]_[A-Za-z0-9]|\w\(|->|:=|\/\/|(?:^|\s)#/;
/** A first word that is a key (`server:`, `description:`): YAML, not prose. */
const KEY_FIRST = /^[^\s:]+:(?:\s|$)/;

const words = (line: string): string[] => line.split(' ').filter((w) => w !== '');

/**
 * A sentence of prose: starts in column 0 with a letter or an opening quote, at least three
 * words, ends with `.` `?` `!` or `:`, and holds no config punctuation.
 */
export function isSentence(line: string): boolean {
  if (line.length > 2000 || !/^[A-Za-z“"'‘]/.test(line)) return false;
  const trimmed = line.trimEnd();
  if (!/[.?!:]$/.test(trimmed)) return false;
  if (CONFIG_CHAR.test(trimmed) || CODE_WORD.test(trimmed) || KEY_FIRST.test(trimmed)) return false;
  return words(trimmed).length >= 3;
}

/** A plain word of a title: `Go`, `Configuration`, `nginx`, `AWS`, `keep-alive`. */
const TITLE_WORD = /^(?:[A-Z][a-z]+|[a-z]+|[A-Z]+)(?:[-’'][A-Za-z]+)*$/;
const JOINER = /^(?:\+|&|-|–|—|\/|vs\.?)$/;

/**
 * A heading of an article (`Go Server`, `nginx Configuration`, `Java Client (Apache HttpClient
 * 5)`): one to eight plain words, at least one of them capitalised, an optional trailing `:` and
 * parenthesised remarks. A directive line (`KeepAlive On`, `Timeout 300`, `timeout client 30s`)
 * has a CamelCase word, a number or no capitalised word, so it is not one. Only lines outside an
 * open block are asked (see article.ts).
 */
export function isHeading(line: string): boolean {
  if (line.length > 120 || !/^[A-Za-z]/.test(line)) return false;
  let trimmed = line.trimEnd();
  const colon = trimmed.endsWith(':');
  if (colon) trimmed = trimmed.slice(0, -1);
  if (CONFIG_CHAR.test(trimmed) || trimmed.includes('"')) return false;
  // Parenthesised remarks may hold anything but config punctuation.
  const outside = trimmed.replace(/\([^()]*\)/g, ' ');
  if (outside.includes('(') || outside.includes(')')) return false;
  const ws = words(outside);
  if (ws.length === 0 || ws.length > 8 || (colon && ws.length < 2)) return false;
  let capitalised = false;
  for (const w of ws) {
    if (JOINER.test(w)) continue;
    if (!TITLE_WORD.test(w)) return false;
    if (/^[A-Z]/.test(w)) capitalised = true;
  }
  return capitalised;
}
