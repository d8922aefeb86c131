import { describe, expect, it } from 'vitest';
import { PARSERS } from '../parsers/registry';
import { loadFixtures } from '../parsers/testing/fixtures';
import { LineIndex } from '../source/line-index';
import { importFiles } from './import-files';

/**
 * Every diagnostic a reader finds at a place in a file reaches the app with the offsets the editor
 * underlines (`span`), and those offsets agree with its line and column — whichever way the
 * reader placed it (offsets, or line and column). Checked over every parser's fixtures.
 */
const RAW = import.meta.glob<string>('../parsers/*/__fixtures__/**/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const byFormat = new Map<string, Record<string, string>>();
for (const [path, text] of Object.entries(RAW)) {
  const id = path.split('/')[2] ?? '';
  const own = byFormat.get(id) ?? {};
  own[path.replace('../parsers/', './')] = text;
  byFormat.set(id, own);
}

describe('diagnostics carry spans that agree with their line and column', () => {
  it.each(PARSERS.map((p) => p.id))('%s', (id) => {
    const wrong: string[] = [];
    let placed = 0;
    for (const fixture of loadFixtures(byFormat.get(id) ?? {})) {
      const texts = new Map(fixture.inputs.map((f) => [f.name, f.text]));
      for (const file of importFiles(fixture.inputs).files) {
        for (const d of file.diagnostics) {
          // Pipeline notes about the whole file (IMPORT_*) are not placed in it.
          if (d.code.startsWith('IMPORT_') || d.file === undefined) continue;
          const text = texts.get(d.file);
          if (text === undefined) continue;
          placed++;
          const where = `${fixture.behaviour}/${d.file}:${d.line}:${d.column} ${d.code}`;
          if (!d.span) {
            wrong.push(`${where}: no span`);
            continue;
          }
          const at = new LineIndex(text).position(d.span.start);
          const lineLength = (text.split(/\r\n|\r|\n/)[d.line - 1] ?? '').length;
          // A column past the line's end is clamped to it.
          const column = Math.min(d.column, lineLength + 1);
          if (at.line !== d.line || at.column !== column)
            wrong.push(`${where}: span starts at ${at.line}:${at.column}`);
          if (d.span.end < d.span.start || d.span.end > text.length)
            wrong.push(`${where}: span ${d.span.start}-${d.span.end} outside the text`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(placed).toBeGreaterThan(0);
  });
});
