/**
 * Fixture and property suites of the code-snippet parsers (imported by *.test.ts files only),
 * built on `../code/testing`: one input + `expected.json` per fixture folder, and random or
 * mutated code checked against `checkInvariants`.
 */
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arbitraryCode, arbitraryMutation, checkInvariants, summarize } from '../code/testing';
import type { Fixture } from '../code/testing';
import type { ParserDef } from '../types';

/**
 * Declares `title`: at least 10 fixtures, and for each: the parse equals `expected.json`, the
 * invariants hold, and detect() lies within `detect` … `detectAtMost` where those are given.
 */
export function describeCodeFixtures(
  title: string,
  parser: ParserDef,
  fixtures: readonly Fixture[],
): void {
  describe(title, () => {
    it('has at least 10 behaviours', () => expect(fixtures.length).toBeGreaterThanOrEqual(10));
    it.each(fixtures.map((f) => [f.behaviour, f] as const))('%s', (_, f) => {
      const file = { name: f.fileName, text: f.text };
      const result = parser.parse(file, { files: [file, ...f.context] });
      expect(summarize(result)).toEqual({
        nodes: f.expected.nodes,
        diagnostics: f.expected.diagnostics,
      });
      expect(checkInvariants(parser, f.text, f.fileName)).toEqual([]);
      const confidence = parser.detect(f.text, f.fileName);
      if (f.expected.detect !== undefined)
        expect(confidence).toBeGreaterThanOrEqual(f.expected.detect);
      if (f.expected.detectAtMost !== undefined)
        expect(confidence).toBeLessThanOrEqual(f.expected.detectAtMost);
    });
  });
}

export interface CodePropertyOptions {
  /** The language's tokens, glued into random code and inserted by mutations. */
  tokens: readonly string[];
  /** Fixture texts the mutations start from. */
  samples: readonly string[];
  numRuns: number;
  /** File names random and mutated code are parsed under. */
  randomAs: string;
  mutatedAs: string;
  titles?: { random: string; mutated: string };
}

/** Declares two property tests: random code and mutated fixtures keep `checkInvariants`. */
export function testCodeProperties(parser: ParserDef, options: CodePropertyOptions): void {
  const { numRuns, titles } = options;
  test.prop([arbitraryCode(options.tokens)], { numRuns })(
    titles?.random ?? 'random input keeps the invariants',
    (text) => {
      expect(checkInvariants(parser, text, options.randomAs)).toEqual([]);
    },
  );
  test.prop([arbitraryMutation(options.samples, options.tokens)], { numRuns })(
    titles?.mutated ?? 'mutated fixtures keep the invariants',
    (text) => {
      expect(checkInvariants(parser, text, options.mutatedAs)).toEqual([]);
    },
  );
}
