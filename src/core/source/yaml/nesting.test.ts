import { describe, expect, it } from 'vitest';
import { parseYamlDocuments } from './documents';
import { getMap, readEntries } from './entries';
import { findExcessiveNesting } from './nesting';

describe('findExcessiveNesting', () => {
  it('accepts real values files', () => {
    expect(findExcessiveNesting('controller:\n  config:\n    keep-alive: "75"\n  - - a\n')).toBe(
      -1,
    );
    expect(findExcessiveNesting('a: {b: [1, 2, {c: d}]}\nlog: \'{"x": [1]}\'\n')).toBe(-1);
  });

  it('finds absurd nesting of each kind', () => {
    expect(findExcessiveNesting('['.repeat(300))).toBe(200);
    expect(findExcessiveNesting('- '.repeat(300))).toBe(400);
    expect(findExcessiveNesting(`${' '.repeat(2000)}a: 1`)).toBe(1601);
  });

  it('makes the front end stop reading at such nesting with one issue instead of recursing', () => {
    const parsed = parseYamlDocuments('- '.repeat(50_000));
    expect(parsed.documents).toEqual([]);
    expect(parsed.issues.map((i) => [i.kind, i.offset])).toEqual([['too-deep', 400]]);
  });

  it('reads the lines before the one that nests too deep', () => {
    const text = `keep-alive: "75"\nbanner: ${'['.repeat(300)}\n`;
    const parsed = parseYamlDocuments(text);
    expect(parsed.issues.map((i) => [i.kind, i.offset])).toEqual([
      ['too-deep', text.indexOf('[') + 200],
    ]);
    const [doc] = parsed.documents;
    const root = doc && getMap(doc.doc.contents, [], doc.index);
    expect(doc && readEntries(root, doc.index).map((e) => [e.key, e.value])).toEqual([
      ['keep-alive', '75'],
    ]);
  });
});
