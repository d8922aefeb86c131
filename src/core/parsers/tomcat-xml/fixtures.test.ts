import { describe, expect, it } from 'vitest';
import { findTech, resolveNode } from '../../catalog/registry';
import type { ParseResult, SourceFile } from '../types';
import { tomcatXmlParser } from './index';

/** `__fixtures__/<behaviour>/<input files>` + `expected.json` keyed by the file to check. */
const RAW = import.meta.glob<string>('./__fixtures__/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

interface Expected {
  nodes: unknown[];
  diagnostics: { code: string; line: number }[];
}

function groupFixtures(): Map<string, SourceFile[]> {
  const groups = new Map<string, SourceFile[]>();
  for (const [path, text] of Object.entries(RAW)) {
    const [, behaviour = '', name = ''] = /__fixtures__\/([^/]+)\/(.+)$/.exec(path) ?? [];
    groups.set(behaviour, [...(groups.get(behaviour) ?? []), { name, text }]);
  }
  return groups;
}

function summarize(result: ParseResult): Expected {
  return {
    nodes: result.nodes.map((n) => ({
      tech: n.tech,
      scope: n.scope,
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
      .sort((a, b) => a.line - b.line || a.code.localeCompare(b.code)),
  };
}

describe('tomcat-xml fixtures', () => {
  const groups = groupFixtures();
  it('has at least ten behaviours', () => expect(groups.size).toBeGreaterThanOrEqual(10));
  for (const [behaviour, files] of groups) {
    const expectedFile = files.find((f) => f.name === 'expected.json');
    const inputs = files.filter((f) => f.name !== 'expected.json');
    const expected = JSON.parse(expectedFile?.text ?? '{}') as Record<string, Expected>;
    for (const [name, want] of Object.entries(expected)) {
      it(`${behaviour}/${name}`, () => {
        const file = inputs.find((f) => f.name === name);
        expect(file, `input ${name}`).toBeDefined();
        if (!file) return;
        expect(tomcatXmlParser.detect(file.text, file.name)).toBeGreaterThanOrEqual(0.5);
        const result = tomcatXmlParser.parse(file, { files: inputs });
        const got = summarize(result);
        want.diagnostics.sort((a, b) => a.line - b.line || a.code.localeCompare(b.code));
        expect(got).toEqual(want);
        expectCatalogKeys(result);
      });
    }
  }
});

/** Parsers and catalog agree: every tech and setting key exists, and the node resolves. */
function expectCatalogKeys(result: ParseResult) {
  for (const node of result.nodes) {
    const tech = findTech(node.tech);
    expect(tech, node.tech).toBeDefined();
    const keys = tech?.settings.map((s) => s.key) ?? [];
    for (const key of Object.keys(node.settings)) expect(keys, node.tech).toContain(key);
    expect(resolveNode({ id: 'n', tech: node.tech, settings: node.settings })).toBeDefined();
  }
}
