import type { OffsetProblem } from '../../source/diagnostic';
import { ownEntry } from '../../model/own-entry';
/**
 * A small, tolerant XML tokenizer: element start and end tags with attribute positions.
 * Comments, processing instructions, CDATA, DOCTYPE and text are skipped. Broken input is
 * reported as problems and the scan goes on. Offsets are 0-based.
 */

export interface XmlAttribute {
  name: string;
  nameStart: number;
  /** Entity-decoded value; undefined for an attribute written without `=value`. */
  value: string | undefined;
  valueStart: number;
}

export type XmlToken =
  | {
      kind: 'open';
      name: string;
      start: number;
      end: number;
      attributes: XmlAttribute[];
      selfClosing: boolean;
    }
  | { kind: 'close'; name: string; start: number; end: number };

export type XmlProblemCode =
  | 'UNTERMINATED_COMMENT'
  | 'UNTERMINATED_TAG'
  | 'UNTERMINATED_VALUE'
  | 'UNQUOTED_VALUE'
  | 'DUPLICATE_ATTRIBUTE';

export type XmlProblem = OffsetProblem<XmlProblemCode>;

const NAME_START = /[A-Za-z_:]/;
const SKIPPED: readonly [string, string, string][] = [
  ['<!--', '-->', 'comment'],
  ['<![CDATA[', ']]>', 'CDATA section'],
  ['<?', '?>', 'processing instruction'],
];

/** Splits XML into tags. Never throws. */
export function tokenizeXml(text: string): { tokens: XmlToken[]; problems: XmlProblem[] } {
  const tokens: XmlToken[] = [];
  const problems: XmlProblem[] = [];
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    i = scanAt(text, i, tokens, problems);
    i = text.indexOf('<', i);
  }
  return { tokens, problems };
}

/** Scans the markup at `<` (offset i); returns where to continue. */
function scanAt(text: string, i: number, tokens: XmlToken[], problems: XmlProblem[]): number {
  for (const [open, close, what] of SKIPPED) {
    if (!text.startsWith(open, i)) continue;
    const end = text.indexOf(close, i + open.length);
    if (end >= 0) return end + close.length;
    if (what === 'comment')
      problems.push({
        code: 'UNTERMINATED_COMMENT',
        offset: i,
        message: '<!-- is never closed with -->: the rest of the file is a comment',
      });
    else problems.push({ code: 'UNTERMINATED_TAG', offset: i, message: `Unterminated ${what}` });
    return text.length;
  }
  if (text.startsWith('<!', i)) return skipDeclaration(text, i);
  if (text[i + 1] === '/') return scanClose(text, i, tokens);
  if (NAME_START.test(text[i + 1] ?? '')) return scanOpen(text, i, tokens, problems);
  return i + 1; // a stray `<` in text
}

function skipDeclaration(text: string, i: number): number {
  let depth = 0;
  for (let j = i + 2; j < text.length; j++) {
    const c = text[j];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return j + 1;
  }
  return text.length;
}

function scanClose(text: string, i: number, tokens: XmlToken[]): number {
  const m = /^<\/\s*([^\s>]*)[^>]*>?/.exec(text.slice(i, i + 512));
  const end = i + (m?.[0].length ?? 2);
  tokens.push({ kind: 'close', name: m?.[1] ?? '', start: i, end });
  return end;
}

const NAME = /[^\s=/>"'<]+/y;
const SPACE = /\s*/y;

function scanOpen(text: string, i: number, tokens: XmlToken[], problems: XmlProblem[]): number {
  NAME.lastIndex = i + 1;
  const name = NAME.exec(text)?.[0] ?? '';
  let j = NAME.lastIndex;
  const attributes: XmlAttribute[] = [];
  const names = new Set<string>();
  const token = { kind: 'open' as const, name, start: i, end: j, attributes, selfClosing: false };
  tokens.push(token);
  for (;;) {
    j = skipSpace(text, j);
    const c = text[j];
    if (c === undefined || c === '<') {
      problems.push({
        code: 'UNTERMINATED_TAG',
        offset: i,
        message: `<${name} is not closed with >`,
      });
      token.end = j;
      return j;
    }
    if (c === '>') {
      token.end = j + 1;
      return j + 1;
    }
    if (c === '/' && text[j + 1] === '>') {
      token.selfClosing = true;
      token.end = j + 2;
      return j + 2;
    }
    NAME.lastIndex = j;
    const attr = NAME.exec(text)?.[0];
    if (attr === undefined) {
      j++; // a stray `/`, `=` or quote: skip it
      continue;
    }
    const read = readValue(text, NAME.lastIndex, problems);
    if (names.has(attr))
      problems.push({
        code: 'DUPLICATE_ATTRIBUTE',
        offset: j,
        message: `Attribute ${attr} appears twice on <${name}>`,
      });
    names.add(attr);
    attributes.push({ name: attr, nameStart: j, value: read.value, valueStart: read.valueStart });
    j = read.next;
  }
}

function skipSpace(text: string, j: number): number {
  SPACE.lastIndex = j;
  SPACE.exec(text);
  return SPACE.lastIndex;
}

function readValue(
  text: string,
  afterName: number,
  problems: XmlProblem[],
): { value: string | undefined; valueStart: number; next: number } {
  const eq = skipSpace(text, afterName);
  if (text[eq] !== '=') return { value: undefined, valueStart: afterName, next: afterName };
  const start = skipSpace(text, eq + 1);
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    // The closing quote, unless the next tag comes first: one scan, never past that `<`, so
    // the work is linear in the file whatever the quotes.
    let close = start + 1;
    while (close < text.length && text[close] !== quote && text[close] !== '<') close++;
    if (text[close] === quote)
      return {
        value: decodeEntities(text.slice(start + 1, close)),
        valueStart: start + 1,
        next: close + 1,
      };
    // No closing quote before the next tag: take the rest of the line as the value.
    let end = start + 1;
    while (end < close && !'\r\n>'.includes(text[end] ?? '')) end++;
    problems.push({
      code: 'UNTERMINATED_VALUE',
      offset: start,
      message: `Missing closing ${quote}`,
    });
    return { value: decodeEntities(text.slice(start + 1, end)), valueStart: start + 1, next: end };
  }
  const m = /[^\s>]*/y;
  m.lastIndex = start;
  const raw = m.exec(text)?.[0] ?? '';
  const unquoted = raw.endsWith('/') && text[start + raw.length] === '>' ? raw.slice(0, -1) : raw;
  problems.push({
    code: 'UNQUOTED_VALUE',
    offset: start,
    message: 'Attribute values must be quoted',
  });
  return { value: decodeEntities(unquoted), valueStart: start, next: start + unquoted.length };
}

const ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

/** Decodes the five predefined entities and numeric character references. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]+);/g, (all, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ownEntry(ENTITIES, ref) ?? all;
  });
}
