import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { applyMutations, arbitraryMutations } from '../testing/mutate';
import { parseIngressNginx } from './index';

const SEEDS = Object.values(
  import.meta.glob<string>('./__fixtures__/*/input.yaml', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);
const PIECES = [
  'kind: ConfigMap',
  'data:',
  'controller:',
  'config:',
  'keep-alive',
  'upstream-keepalive-timeout',
  'upstream-keepalive-time',
  'retry-non-idempotent',
  ': ',
  '"75"',
  "'60'",
  '1h',
  '---',
  '\n',
  '  ',
  '- ',
  '{',
  '}',
  '[',
  ']',
  '#',
  '"',
  "'",
  '|',
  '>',
  '&a',
  '*a',
  '!!str',
  '?',
  ',',
  'metadata:',
  'name: x',
];
const CHARS = [
  '\n',
  ' ',
  ':',
  '"',
  "'",
  '-',
  '#',
  '{',
  '}',
  '[',
  ']',
  '\t',
  '|',
  '>',
  '&',
  '*',
  '!',
  '%',
  '@',
];

function check(text: string): void {
  const result = parseIngressNginx({ name: 'v.yaml', text }, { files: [] });
  const lines = text.split('\n');
  for (const d of result.diagnostics) {
    expect(d.code).toMatch(/^INGRESS_[A-Z_]+$/);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines.length);
    expect(d.column).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? 0) + 1);
  }
  for (const node of result.nodes)
    for (const [key, s] of Object.entries(node.settings)) {
      if (s.origin.kind !== 'explicit') throw new Error('origin must be explicit');
      expect(lines[s.origin.line - 1] ?? '').toContain(key);
      if (typeof s.value === 'number') expect(Number.isFinite(s.value) && s.value >= 0).toBe(true);
    }
}

// Thousands of parses: generous time for a shared, busy CI machine.
describe('ingress-nginx parser properties', { timeout: 120_000 }, () => {
  test.prop([fc.constantFrom(...SEEDS), arbitraryMutations([...CHARS, ...PIECES], 10)], {
    numRuns: 6000,
  })('mutated fixtures never throw and keep positions valid', (seed, ops) => {
    check(applyMutations(seed, ops));
  });

  test.prop([fc.array(fc.constantFrom(...PIECES, ...CHARS), { maxLength: 60 })], { numRuns: 3000 })(
    'random YAML-like text never throws',
    (pieces) => check(pieces.join('')),
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 200 })], { numRuns: 1000 })(
    'arbitrary strings never throw',
    (s) => check(s),
  );
});
