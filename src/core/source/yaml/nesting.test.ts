import { describe, expect, it } from 'vitest';
import { parseYamlDocuments } from './documents';
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
});
