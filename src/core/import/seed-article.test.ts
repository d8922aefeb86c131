import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from './import-files';

/**
 * The seed article's seven snippets, pasted as they come off the page (every line in column 0)
 * and as their authors indented them: both import with the same values.
 */
const DIR = join(__dirname, '__fixtures__/seed-article');
const read = (kind: string, name: string) => ({
  name,
  text: readFileSync(join(DIR, kind, name), 'utf8'),
});
const NAMES = readdirSync(join(DIR, 'flat'));

/** Every value read, by node and setting, without positions (columns differ after indenting). */
function valuesOf(kind: string, name: string) {
  const r = importFiles([read(kind, name)]);
  const file = r.files[0];
  return {
    format: file?.format,
    nodes: file?.extracted.map((n) => ({
      tech: n.tech,
      scope: n.scope,
      values: Object.fromEntries(Object.entries(n.settings).map(([k, s]) => [k, s.value])),
    })),
  };
}

describe('the seed article snippets pasted flat', () => {
  it('are all seven', () => expect(NAMES).toHaveLength(7));

  it.each(NAMES)('%s imports with the same values as re-indented', (name) => {
    const flat = valuesOf('flat', name);
    const indented = valuesOf('indented', name);
    expect(flat).toEqual(indented);
    expect(flat.nodes?.some((n) => Object.keys(n.values).length > 0)).toBe(true);
  });

  it('says when the nesting was rebuilt', () => {
    const r = importFiles([read('flat', 'application.yml')]);
    expect(r.files[0]?.diagnostics.map((d) => d.code)).toContain('IMPORT_INDENTATION_REBUILT');
    expect(r.files[0]?.extracted[0]?.settings['server.tomcat.keep-alive-timeout']?.value).toBe(
      60_000,
    );
  });

  it('says the indentation looks lost when the keys are not known', () => {
    const text = 'pipeline:\nstages:\nbuild: true\ncache:\npaths: node_modules\n';
    const r = importFiles([{ name: 'ci.yml', text }]);
    expect(r.files[0]?.diagnostics.map((d) => d.code)).toContain('IMPORT_INDENTATION_LOST');
  });
});
