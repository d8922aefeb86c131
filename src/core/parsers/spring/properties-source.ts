import { Properties } from 'properties-file/parser';
import type { Diagnostic } from '../../source/diagnostic';
import { makeDiagnostic, type RawDocument, type RawEntry, type SourceScan } from './documents';
import { normalizeLoneCr } from '../line-ends';

/**
 * Reads a Spring `.properties` file. `#---` (or `!---`) on its own line starts a new document
 * (Spring Boot 2.4+ multi-document properties files).
 */
export function scanSpringProperties(source: string): SourceScan {
  const documents: RawDocument[] = [{ entries: [] }];
  let current = documents[0] as RawDocument;
  // A lone CR ends a line for Java as LF does.
  const { text, badLines, diagnostics } = neutralizeBadEscapes(normalizeLoneCr(source));
  const properties = new Properties(text);
  // The parser drops a leading BOM; columns on line 1 count it.
  const bom = properties.hasBom ? 1 : 0;
  for (const node of properties.nodes) {
    if (node.type === 'comment') {
      if (node.leadingWhitespace === '' && node.body.trim() === '---') {
        current = { entries: [] };
        documents.push(current);
      }
      continue;
    }
    if (node.type !== 'property') continue;
    if (spansBadLine(node, badLines)) continue;
    current.entries.push(shiftBom(toEntry(node), node.startingLineNumber === 1 ? bom : 0));
  }
  return { documents, diagnostics };
}

function spansBadLine(node: PropertyNode, badLines: Set<number>): boolean {
  if (badLines.size === 0) return false;
  for (let l = node.startingLineNumber; l <= node.endingLineNumber; l++)
    if (badLines.has(l)) return true;
  return false;
}

/**
 * Java's Properties.load rejects a `\\u` not followed by four hex digits (and the whole file
 * with it); the properties-file package throws. Each bad escape outside comments is reported on
 * its line and blanked to `\\_` (same length) so the rest of the file is still read; the
 * property holding it is left out. Linear: each line is scanned once.
 */
function neutralizeBadEscapes(text: string): {
  text: string;
  badLines: Set<number>;
  diagnostics: Diagnostic[];
} {
  const badLines = new Set<number>();
  const diagnostics: Diagnostic[] = [];
  if (!text.includes('\\u')) return { text, badLines, diagnostics };
  const lines = text.split('\n');
  let continued = false;
  lines.forEach((raw, index) => {
    const comment = !continued && /^[ \t\f]*[#!]/.test(raw);
    const { line, bad, trailing } = scanLine(raw, comment);
    continued = !comment && trailing;
    if (bad.length === 0) return;
    lines[index] = line;
    badLines.add(index + 1);
    for (const column of bad)
      if (diagnostics.length < MAX_ESCAPE_REPORTS)
        diagnostics.push(
          makeDiagnostic(
            'SPRING_INVALID_ESCAPE',
            'error',
            `"${raw.slice(column, column + 6)}" is not a \\uXXXX escape: Java refuses to load this file, so Spring Boot does not start`,
            { line: index + 1, column: column + 1 },
          ),
        );
  });
  return { text: lines.join('\n'), badLines, diagnostics };
}

/** One line's bad `\\u` escapes (0-based columns), the line with them blanked, and whether it continues. */
function scanLine(raw: string, comment: boolean) {
  const bad: number[] = [];
  let line = raw;
  let escaped = false;
  const end = raw.endsWith('\r') ? raw.length - 1 : raw.length;
  for (let i = 0; i < end; i++) {
    if (escaped) {
      escaped = false;
      continue;
    }
    if (raw[i] !== '\\') continue;
    escaped = true;
    if (comment || raw[i + 1] !== 'u' || /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) continue;
    bad.push(i);
  }
  if (bad.length > 0) {
    const chars = raw.split('');
    for (const i of bad) chars[i + 1] = '_';
    line = chars.join('');
  }
  return { line, bad, trailing: escaped };
}

const MAX_ESCAPE_REPORTS = 100;

type PropertyNode = Extract<Properties['nodes'][number], { type: 'property' }>;

function toEntry(node: PropertyNode): RawEntry {
  const start = node.startingLineNumber;
  const value = locateValue(node);
  // Point at the line holding the key's last element (a key may continue over lines with `\`).
  const last = node.escapedKey.split('.').pop() ?? '';
  let keyAt = { line: start, column: node.leadingWhitespace.length + 1 };
  for (const [i, raw] of node.rawLines.entries()) {
    const col = last === '' ? -1 : raw.indexOf(last);
    if (col >= 0) {
      keyAt = { line: start + i, column: i === 0 ? keyAt.column : col + 1 };
      break;
    }
  }
  return {
    written: node.escapedKey,
    ...(node.escapedKey === node.key ? {} : { lookup: node.key }),
    value: node.value,
    keyAt,
    valueAt: value,
  };
}

/** The value's position when it starts on the key's line; else the key's line start. */
function locateValue(node: PropertyNode): { line: number; column: number } {
  const first = node.rawLines[0] ?? '';
  const offset =
    node.leadingWhitespace.length +
    node.escapedKey.length +
    node.separatorLeading.length +
    (node.separatorChar === undefined ? 0 : 1) +
    node.separatorTrailing.length;
  return { line: node.startingLineNumber, column: Math.min(offset, first.length) + 1 };
}

function shiftBom(entry: RawEntry, shift: number): RawEntry {
  if (shift === 0) return entry;
  const move = (p: { line: number; column: number }) =>
    p.line === 1 ? { line: 1, column: p.column + shift } : p;
  return { ...entry, keyAt: move(entry.keyAt), valueAt: move(entry.valueAt) };
}
