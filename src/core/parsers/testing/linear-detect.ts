/**
 * The regex-backtracking guard of the config parsers' detect() (imported by *.test.ts files
 * only): long runs of whitespace, list dashes and letters must each be scored within 2 s.
 */
import { describe, expect, it } from 'vitest';

/** Inputs that blow up a backtracking regex: 100 000 characters each. */
export const PATHOLOGICAL_INPUTS: readonly string[] = [
  '\t'.repeat(100_000),
  ' \n'.repeat(50_000),
  '- '.repeat(50_000),
  'a'.repeat(100_000),
];

/** Declares `<name> on pathological input`: `detect` takes under 2000 ms on each input. */
export function describeLinearDetect(name: string, detect: (text: string) => number): void {
  describe(`${name} on pathological input`, () => {
    it('stays linear (no regex backtracking blow-up)', () => {
      for (const text of PATHOLOGICAL_INPUTS) {
        const start = performance.now();
        detect(text);
        expect(performance.now() - start).toBeLessThan(2000);
      }
    });
  });
}
