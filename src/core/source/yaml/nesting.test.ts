import { describe, expect, it } from 'vitest';
import { parseIngressNginx } from './index';
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

  it('makes the parser refuse such input with one diagnostic instead of recursing', () => {
    const result = parseIngressNginx({ name: 'x.yaml', text: '- '.repeat(50_000) }, { files: [] });
    expect(result.nodes).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['INGRESS_YAML_ERROR', 1, 401],
    ]);
  });
});
