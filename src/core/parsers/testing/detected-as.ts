/**
 * Detection among all formats (imported by *.test.ts files only): every input of a parser's
 * fixtures is claimed by that parser, not by another whose detector also likes it.
 */
import { expect } from 'vitest';
import { detectFormat } from '../detect';

/** `raw` as `import.meta.glob('./__fixtures__/*\/*', …)` gives it; `x.ts.txt` is named `x.ts`. */
export function expectFixturesDetectedAs(raw: Record<string, string>, parserId: string): void {
  for (const [path, text] of Object.entries(raw)) {
    if (path.endsWith('expected.json')) continue;
    const name = (path.split('/').pop() ?? '').replace(/\.txt$/, '');
    expect(detectFormat(text, name).parser?.id, path).toBe(parserId);
  }
}
