import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCheckWithExtract, readTree } from './agreement-kit';

const PARSERS_DIR = join(__dirname, '../core/parsers');

/** Every fixture folder of every parser, with its input files (all but expected.json). */
function listFixtures(): { name: string; files: Record<string, string> }[] {
  const out: { name: string; files: Record<string, string> }[] = [];
  for (const format of readdirSync(PARSERS_DIR)) {
    const dir = join(PARSERS_DIR, format, '__fixtures__');
    if (!statSync(join(PARSERS_DIR, format)).isDirectory()) continue;
    let cases: string[] = [];
    try {
      cases = readdirSync(dir);
    } catch {
      continue;
    }
    for (const c of cases)
      out.push({ name: `${format}/${c}`, files: readTree(join(dir, c), ['expected.json']) });
  }
  return out;
}

describe('check and extract read every fixture the same way (one import pipeline)', () => {
  const fixtures = listFixtures();
  it('has fixtures to compare', () => expect(fixtures.length).toBeGreaterThan(100));
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_, fixture) => {
    const a = await compareCheckWithExtract(fixture.files, Object.keys(fixture.files));
    // check refuses only what extract found nothing in, or an unreadable file.
    if (a.loadError !== undefined)
      expect(a.listedNodes === 0 || a.extractCode === 1, a.loadError).toBe(true);
    // Every value check uses was listed by extract for the same file, with the same value.
    expect(a.missing).toEqual([]);
  });
});
