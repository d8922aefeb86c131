/**
 * The fixture suite of every parser (imported by *.test.ts files only; format in README.md):
 * for each input an `expected.json` names, detect() within bounds, the parse (the folder's other
 * inputs as context) equal to the expectation, the catalog knowing every tech and key, and the
 * invariants of every parse.
 */
import { describe, expect, it } from 'vitest';
import type { ParserDef } from '../types';
import { expectCatalogKeys } from './catalog';
import { loadFixtures, sortedExpectation, summarizeForFixture } from './fixtures';
import { expectInsideFiles } from './invariants';

export interface FixtureSuiteOptions {
  /** Fewest behaviours the corpus must have (default 10). */
  minBehaviours?: number;
}

/** Declares `<title> fixtures` over `import.meta.glob('./__fixtures__/*\/*', …)` results. */
export function describeFixtureSuite(
  title: string,
  parser: ParserDef,
  raw: Record<string, string>,
  options: FixtureSuiteOptions = {},
): void {
  describe(`${title} fixtures`, () => {
    const fixtures = loadFixtures(raw);
    const least = options.minBehaviours ?? 10;
    it(`has at least ${least} behaviours`, () =>
      expect(fixtures.length).toBeGreaterThanOrEqual(least));
    for (const { behaviour, inputs, expected } of fixtures) {
      it(`${behaviour} has an expectation`, () =>
        expect(Object.keys(expected).length).toBeGreaterThan(0));
      for (const [name, want] of Object.entries(expected)) {
        it(`${behaviour}/${name}`, () => {
          const file = inputs.find((f) => f.name === name);
          expect(file, `input ${name}`).toBeDefined();
          if (!file) return;
          const confidence = parser.detect(file.text, file.name);
          expect(confidence).toBeGreaterThanOrEqual(want.detect?.min ?? 0.5);
          expect(confidence).toBeLessThanOrEqual(want.detect?.max ?? 1);
          const result = parser.parse(file, { files: inputs });
          expect(result.format).toBe(parser.id);
          expect(summarizeForFixture(result, want)).toEqual(sortedExpectation(want));
          expectCatalogKeys(result);
          expectInsideFiles(result, file, inputs);
        });
      }
    }
  });
}
