import { Properties } from 'properties-file/parser';
import type { RawDocument, RawEntry, SourceScan } from './documents';

/**
 * Reads a Spring `.properties` file. `#---` (or `!---`) on its own line starts a new document
 * (Spring Boot 2.4+ multi-document properties files).
 */
export function scanSpringProperties(text: string): SourceScan {
  const documents: RawDocument[] = [{ entries: [] }];
  let current = documents[0] as RawDocument;
  // A lone CR ends a line for Java but for nobody else here: keep one line numbering (LF).
  const properties = new Properties(text.replace(/\r(?!\n)/g, ' '));
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
    current.entries.push(shiftBom(toEntry(node), node.startingLineNumber === 1 ? bom : 0));
  }
  return { documents, diagnostics: [] };
}

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
