/**
 * The never-throws property tests of the config parsers (imported by *.test.ts files only):
 * edited fixture seeds and vocabulary soup, each parse checked by `expectParseInvariants`.
 */
import { test } from '@fast-check/vitest';
import type { ParserDef, SourceFile } from '../types';
import { expectParseInvariants, type InvariantOptions } from './invariants';
import { arbitraryEditedSeed, arbitraryVocabText } from './mutate';

/** Generous: the machine is shared and YAML parsing of 10 000 inputs takes seconds. */
export const PROPERTY_TIMEOUT_MS = 180_000;

export interface NeverThrowsOptions extends InvariantOptions {
  parser: ParserDef;
  /** Fixture inputs (`seedsFrom`) the edited inputs start from. */
  seeds: readonly SourceFile[];
  /** Words of the format, inserted by edits and glued into random texts. */
  vocab: readonly string[];
  /** File names the random texts are parsed under. */
  randomNames: readonly string[];
  titles: { mutated: string; random: string };
  /** The context files of an edited seed; the seed alone when absent. */
  mutatedContext?: (file: SourceFile) => readonly SourceFile[];
}

/**
 * Declares two tests: 6000 edited seeds and 4000 random texts, each detected and parsed
 * without throwing and with the invariants held (timeout `PROPERTY_TIMEOUT_MS` each).
 */
export function testNeverThrows(options: NeverThrowsOptions): void {
  const { parser, seeds, vocab, titles } = options;
  test.prop([arbitraryEditedSeed(seeds, vocab)], { numRuns: 6000 })(
    titles.mutated,
    (file) => {
      parser.detect(file.text, file.name);
      const files = options.mutatedContext?.(file) ?? [file];
      expectParseInvariants(file.text, parser.parse(file, { files }), options);
    },
    PROPERTY_TIMEOUT_MS,
  );
  test.prop([arbitraryVocabText(options.randomNames, vocab)], { numRuns: 4000 })(
    titles.random,
    (file) => {
      parser.detect(file.text, file.name);
      expectParseInvariants(file.text, parser.parse(file, { files: [file] }), options);
    },
    PROPERTY_TIMEOUT_MS,
  );
}
