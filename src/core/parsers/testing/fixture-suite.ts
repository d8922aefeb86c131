/**
 * Fixture-folder runner for the config parsers (imported by *.test.ts files only).
 * `__fixtures__/<behaviour>/<input files>` + `expected.json` keyed by the input file to check.
 */
import { describe, expect, it } from 'vitest';
import { findTech, resolveNode } from '../../catalog/registry';
import type { ParseResult, ParserDef, SourceFile } from '../types';

/** One checked input in `expected.json`: nodes as `summarizeForFixture` prints them. */
export interface FixtureExpected {
  nodes: unknown[];
  diagnostics: { code: string; line: number }[];
}

/** Groups `import.meta.glob('./__fixtures__/*\/*', { query: '?raw', … })` results by folder. */
export function groupFixtureFiles(raw: Record<string, string>): Map<string, SourceFile[]> {
  const groups = new Map<string, SourceFile[]>();
  for (const [path, text] of Object.entries(raw)) {
    const [, behaviour = '', name = ''] = /__fixtures__\/([^/]+)\/(.+)$/.exec(path) ?? [];
    groups.set(behaviour, [...(groups.get(behaviour) ?? []), { name, text }]);
  }
  return groups;
}

const byLineThenCode = (a: { line: number; code: string }, b: { line: number; code: string }) =>
  a.line - b.line || a.code.localeCompare(b.code);

/** The parse result in the shape of `expected.json` (lines 1-based, -1 for a non-explicit origin). */
export function summarizeForFixture(result: ParseResult): FixtureExpected {
  return {
    nodes: result.nodes.map((n) => ({
      tech: n.tech,
      scope: n.scope,
      ...(n.process === undefined ? {} : { process: n.process }),
      settings: Object.fromEntries(
        Object.entries(n.settings).map(([key, s]) => [
          key,
          {
            value: s.value,
            line: s.origin.kind === 'explicit' ? s.origin.line : -1,
            setting: s.origin.kind === 'explicit' ? s.origin.setting : '',
          },
        ]),
      ),
    })),
    diagnostics: result.diagnostics
      .map((d) => ({ code: d.code, line: d.line }))
      .sort(byLineThenCode),
  };
}

/** Parsers and catalog agree: every tech and setting key exists, and the node resolves. */
export function expectCatalogKeys(result: ParseResult): void {
  for (const node of result.nodes) {
    const tech = findTech(node.tech);
    expect(tech, node.tech).toBeDefined();
    const keys = tech?.settings.map((s) => s.key) ?? [];
    for (const key of Object.keys(node.settings)) expect(keys, node.tech).toContain(key);
    expect(resolveNode({ id: 'n', tech: node.tech, settings: node.settings })).toBeDefined();
  }
}

/**
 * Declares `<title> fixtures`: at least ten behaviours, and for each input named in a folder's
 * `expected.json`: detect ≥ 0.5, the parse (with the folder's other inputs as context) equals
 * the expectation, and the catalog knows every tech and key.
 */
export function describeFixtureSuite(
  title: string,
  parser: ParserDef,
  raw: Record<string, string>,
): void {
  describe(`${title} fixtures`, () => {
    const groups = groupFixtureFiles(raw);
    it('has at least ten behaviours', () => expect(groups.size).toBeGreaterThanOrEqual(10));
    for (const [behaviour, files] of groups) {
      const expectedFile = files.find((f) => f.name === 'expected.json');
      const inputs = files.filter((f) => f.name !== 'expected.json');
      const expected = JSON.parse(expectedFile?.text ?? '{}') as Record<string, FixtureExpected>;
      for (const [name, want] of Object.entries(expected)) {
        it(`${behaviour}/${name}`, () => {
          const file = inputs.find((f) => f.name === name);
          expect(file, `input ${name}`).toBeDefined();
          if (!file) return;
          expect(parser.detect(file.text, file.name)).toBeGreaterThanOrEqual(0.5);
          const result = parser.parse(file, { files: inputs });
          want.diagnostics.sort(byLineThenCode);
          expect(summarizeForFixture(result)).toEqual(want);
          expectCatalogKeys(result);
        });
      }
    }
  });
}
