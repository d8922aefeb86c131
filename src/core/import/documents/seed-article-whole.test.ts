import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../import-files';
import type { ExtractedNode } from '../../parsers/types';

/**
 * The seed article pasted whole reads the values of its seven snippets pasted one by one
 * (../__fixtures__/seed-article/flat), with origins on the article's own lines.
 */
const FIXTURES = join(__dirname, '..', '__fixtures__');
const ARTICLE = readFileSync(
  join(FIXTURES, 'chains/seed-article-pasted-whole/article.txt'),
  'utf8',
);
const FLAT = join(FIXTURES, 'seed-article/flat');

const values = (nodes: readonly ExtractedNode[]) =>
  nodes.map((n) => ({
    tech: n.tech,
    scope: n.scope,
    values: Object.fromEntries(Object.entries(n.settings).map(([k, s]) => [k, s.value])),
  }));

const key = (v: unknown) => JSON.stringify(v);

describe('the seed article pasted whole', () => {
  const whole = importFiles([{ name: 'article.txt', text: ARTICLE }]);
  const file = whole.files[0];

  it('reads the values of its snippets pasted one by one', () => {
    const oneByOne = readdirSync(FLAT).flatMap((name) => {
      const r = importFiles([{ name, text: readFileSync(join(FLAT, name), 'utf8') }]);
      return values(r.files[0]?.extracted ?? []);
    });
    expect(
      values(file?.extracted ?? [])
        .map(key)
        .sort(),
    ).toEqual(oneByOne.map(key).sort());
  });

  it('gives every origin a line of the article that writes that setting', () => {
    const lines = ARTICLE.split('\n');
    for (const n of file?.extracted ?? [])
      for (const s of Object.values(n.settings))
        if (s.origin.kind === 'explicit') {
          expect(s.origin.file).toBe('article.txt');
          expect(lines[s.origin.line - 1]).toContain(s.origin.setting.split('.').pop());
        }
  });

  it('names every diagnostic for the article, and labels nodes with their lines', () => {
    expect(file?.diagnostics.every((d) => d.file === 'article.txt')).toBe(true);
    expect(file?.nodes.map((n) => n.label)).toContain(
      'nginx :80 → upstream backend (article.txt, lines 136–155)',
    );
    expect(file?.note).toMatch(/fragments of one config are not joined/);
  });
});

describe('importing documents', () => {
  const doc = fc.array(
    fc.constantFrom(
      'Our proxy is set like this.',
      '```nginx',
      '```yaml',
      '```',
      'keepalive_timeout 65s;',
      'server:',
      'tomcat:',
      'keep-alive-timeout: 20s',
      'http {',
      '}',
      'Go Server',
      '',
    ),
    { maxLength: 30 },
  );
  test.prop([doc])('never throws, and names every diagnostic for the document', (ls) => {
    const r = importFiles([{ name: 'notes.md', text: ls.join('\n') }]);
    for (const f of r.files) for (const d of f.diagnostics) expect(d.file).toBe('notes.md');
  });
});

describe('importing a long document', () => {
  const unit =
    'Set the proxy like this.\n```nginx\nserver {\n  listen 80;\n  keepalive_timeout 65s;\n}\n```\n';
  const time = (n: number) => {
    const text = unit.repeat(n);
    const t0 = performance.now();
    importFiles([{ name: 'long.md', text }]);
    return performance.now() - t0;
  };

  it('takes time linear in its length (at most 40 snippets are read; 16× the text within 40× the time)', () => {
    time(50);
    const small = Math.max(time(100), 1);
    expect(time(1600) / small).toBeLessThan(40);
  });

  it('names the snippets past the first 40', () => {
    const file = importFiles([{ name: 'long.md', text: unit.repeat(41) }]).files[0];
    expect(file?.nodes).toHaveLength(40);
    expect(
      file?.diagnostics.find((d) => d.code === 'DOCUMENT_SNIPPETS_NOT_READ')?.message,
    ).toContain('lines 283–286 (not read: too many snippets in one document)');
  });
});
