/**
 * The one property harness of every parser (imported by *.test.ts files only; README.md here):
 * edited fixture seeds and text glued from the format's vocabulary, each detected and parsed
 * without throwing, with `expectParseInvariants` held; and detect() linear on pathological input.
 */
import { test } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import type { ParserDef, SourceFile } from '../types';
import { expectParseInvariants, type InvariantOptions } from './invariants';
import { PATHOLOGICAL_INPUTS } from './linear-detect';
import { arbitraryEditedSeed, arbitraryVocabText } from './mutate';

/** Names every JavaScript object answers to: a parser must never look user words up through them. */
const PROTOTYPE_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

/** Generous: the machine is shared and YAML parsing of 10 000 inputs takes seconds. */
export const PROPERTY_TIMEOUT_MS = 180_000;

export interface ParserPropertyOptions extends InvariantOptions {
  parser: ParserDef;
  /** Fixture inputs (`seedsFrom`) the edited inputs start from. */
  seeds: readonly SourceFile[];
  /** Words of the format, inserted by edits and glued into random texts. */
  vocab: readonly string[];
  /** File names the random texts are parsed under. */
  randomNames: readonly string[];
  /** Parse edited seeds under this name instead of their own. */
  parseAs?: string;
  /** Runs of each property (default 6000 edited seeds, 4000 random texts). */
  numRuns?: { mutated: number; random: number };
  titles: { mutated: string; random: string };
  /** The context files of an edited seed; the seed alone when absent. */
  mutatedContext?: (file: SourceFile) => readonly SourceFile[];
}

/** Declares the properties; each checks detect() and the parse with `expectParseInvariants`. */
export function testParserProperties(options: ParserPropertyOptions): void {
  const { parser, seeds, titles } = options;
  const vocab = [...options.vocab, ...PROTOTYPE_WORDS];
  const runs = options.numRuns ?? { mutated: 6000, random: 4000 };
  const check = (file: SourceFile, files: readonly SourceFile[]) => {
    const confidence = parser.detect(file.text, file.name);
    expect(confidence >= 0 && confidence <= 1, `detect() = ${confidence}`).toBe(true);
    expectParseInvariants(file.text, parser.parse(file, { files }), options);
  };
  test.prop([arbitraryEditedSeed(seeds, vocab)], { numRuns: runs.mutated })(
    titles.mutated,
    (seed) => {
      const file = options.parseAs === undefined ? seed : { ...seed, name: options.parseAs };
      check(file, options.mutatedContext?.(file) ?? [file]);
    },
    PROPERTY_TIMEOUT_MS,
  );
  test.prop([arbitraryVocabText(options.randomNames, vocab)], { numRuns: runs.random })(
    titles.random,
    (file) => check(file, [file]),
    PROPERTY_TIMEOUT_MS,
  );
  it(`${parser.id}: detect() stays linear on pathological input`, () => {
    for (const text of PATHOLOGICAL_INPUTS) {
      const start = performance.now();
      parser.detect(text, options.randomNames[0] ?? 'x');
      expect(performance.now() - start).toBeLessThan(2000);
    }
  });
}
