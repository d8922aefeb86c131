/**
 * Input arbitraries for the config parsers' property tests (imported by *.test.ts files only):
 * fixture seeds with random edits, and text glued from a format's own vocabulary.
 */
import { fc } from '@fast-check/vitest';
import type { SourceFile } from '../types';

/** Delete `del` characters at `at` (wrapped to the text's length), then insert `insert` there. */
export interface Edit {
  at: number;
  del: number;
  insert: string;
}

/** The input files of `import.meta.glob('./__fixtures__/*\/*', { query: '?raw', … })`; `x.ts.txt` as `x.ts`. */
export function seedsFrom(raw: Record<string, string>): SourceFile[] {
  return Object.entries(raw)
    .filter(([path]) => !path.endsWith('expected.json'))
    .map(([path, text]) => ({ name: (path.split('/').pop() ?? 'x').replace(/\.txt$/, ''), text }));
}

/** One edit: up to 12 characters deleted, a vocabulary word or up to 8 random characters inserted. */
export function arbitraryEdit(vocab: readonly string[]): fc.Arbitrary<Edit> {
  return fc.record({
    at: fc.nat(),
    del: fc.nat({ max: 12 }),
    insert: fc.oneof(fc.constantFrom(...vocab), fc.string({ maxLength: 8 })),
  });
}

/** `text` after each edit in turn. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const m of edits) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    out = out.slice(0, at) + m.insert + out.slice(at + m.del);
  }
  return out;
}

/** A seed file (same name) after one to six edits. */
export function arbitraryEditedSeed(
  seeds: readonly SourceFile[],
  vocab: readonly string[],
): fc.Arbitrary<SourceFile> {
  return fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(arbitraryEdit(vocab), { minLength: 1, maxLength: 6 }),
    )
    .map(([seed, edits]) => ({ name: seed.name, text: applyEdits(seed.text, edits) }));
}

/** Up to 30 vocabulary words or random strings (≤ 10 characters) under one of `names`. */
export function arbitraryVocabText(
  names: readonly string[],
  vocab: readonly string[],
): fc.Arbitrary<SourceFile> {
  return fc
    .tuple(
      fc.constantFrom(...names),
      fc.array(fc.oneof(fc.constantFrom(...vocab), fc.string({ maxLength: 10 })), {
        maxLength: 30,
      }),
    )
    .map(([name, parts]) => ({ name, text: parts.join('') }));
}

/**
 * One coarser mutation: at a position (wrapped to the text's length) delete 1–3 characters,
 * insert `piece`, or duplicate a stretch of up to 40 characters.
 */
export type Mutation = [position: number, kind: 'delete' | 'insert' | 'duplicate', piece: string];

/** Up to `maxLength` mutations whose inserted pieces come from `pieces`. */
export function arbitraryMutations(
  pieces: readonly string[],
  maxLength: number,
): fc.Arbitrary<Mutation[]> {
  return fc.array(
    fc.tuple(
      fc.nat(),
      fc.constantFrom<Mutation[1]>('delete', 'insert', 'duplicate'),
      fc.constantFrom(...pieces),
    ),
    { maxLength },
  );
}

/** `text` after each mutation in turn. */
export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const [pos, kind, piece] of mutations) {
    const at = out.length === 0 ? 0 : pos % (out.length + 1);
    if (kind === 'delete') out = out.slice(0, at) + out.slice(at + 1 + (pos % 3));
    else if (kind === 'insert') out = out.slice(0, at) + piece + out.slice(at);
    else out = out.slice(0, at) + out.slice(at, at + 1 + (pos % 40)) + out.slice(at);
  }
  return out;
}
