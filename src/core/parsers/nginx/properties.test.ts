import { LINE_END } from '../../source/line-index';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { applyMutations, arbitraryMutations } from '../testing/mutate';
import type { ParseResult, SourceFile } from '../types';
import { parseNginx } from './index';

/** Fixture inputs (every file of every fixture) to mutate. */
const RAW = import.meta.glob<string>('./__fixtures__/**/*.conf', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const SEEDS = Object.values(RAW);

const PIECES = [
  'http',
  'server',
  'upstream',
  'location',
  '/',
  '~*',
  '\\.(gif|jpg)$',
  'keepalive_timeout',
  'keepalive',
  'keepalive_requests',
  '65s',
  '0',
  '1M',
  '{',
  '}',
  ';',
  '"',
  "'",
  '#',
  '\n',
  ' ',
  'proxy_pass',
  'http://b',
  'upstream b',
  'include',
  '*.conf',
  'a.conf',
  '${x}',
  '\\',
  'content_by_lua_block',
  '--[[',
  ']]',
  'proxy_set_header',
  'Connection',
  '""',
  'if',
  '($a = "b")',
  'map',
  'listen',
  '8080',
  'server_name',
  'log_format',
  'proxy_http_version',
  '1.1',
  'proxy_read_timeout',
  '1m30s',
];
const MUTATION_CHARS = [
  '{',
  '}',
  ';',
  '"',
  "'",
  '#',
  '\n',
  '\\',
  '$',
  ' ',
  'k',
  '0',
  '\r',
  '\t',
  '(',
  ')',
];

/** The invariants every parse must keep, whatever the input. */
function checkInvariants(result: ParseResult, files: readonly SourceFile[]): void {
  const lines = new Map(files.map((f) => [f.name, f.text.split(LINE_END)]));
  for (const d of result.diagnostics) {
    const fileLines = lines.get(d.file ?? '') ?? [''];
    expect(d.code).toMatch(/^NGINX_[A-Z_]+$/);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(fileLines.length);
    expect(d.column).toBeLessThanOrEqual((fileLines[d.line - 1]?.length ?? 0) + 1);
  }
  for (const node of result.nodes) {
    expect(node.tech).toBe('nginx');
    for (const [key, s] of Object.entries(node.settings)) {
      if (s.origin.kind !== 'explicit') throw new Error(`${key} has a non-explicit origin`);
      const directive = s.origin.setting.split(' ')[0] ?? '';
      const line = lines.get(s.origin.file)?.[s.origin.line - 1] ?? '';
      expect(line).toContain(directive);
      if (typeof s.value === 'number') expect(Number.isFinite(s.value) && s.value >= 0).toBe(true);
    }
  }
}

const keepEverything = () => true;

const parseAll = (files: SourceFile[]) => {
  const main = files[0] ?? { name: 'x', text: '' };
  const result = parseNginx(main, { files });
  checkInvariants(result, files);
  // Leaving unread directives out of the tree is an optimisation: it changes no result.
  expect(parseNginx(main, { files }, keepEverything)).toEqual(result);
};

// Thousands of parses: generous time for a shared, busy CI machine.
describe('nginx parser properties', { timeout: 120_000 }, () => {
  test.prop([fc.constantFrom(...SEEDS), arbitraryMutations([...MUTATION_CHARS, ...PIECES], 12)], {
    numRuns: 6000,
  })('mutated fixtures never throw and keep positions valid', (seed, ops) => {
    parseAll([{ name: 'input.conf', text: applyMutations(seed, ops) }]);
  });

  test.prop([fc.array(fc.constantFrom(...PIECES, ...MUTATION_CHARS), { maxLength: 80 })], {
    numRuns: 3000,
  })('random nginx-like text never throws', (pieces) => {
    parseAll([{ name: 'n.conf', text: pieces.join(' ') }]);
  });

  test.prop(
    [
      fc.array(fc.constantFrom(...PIECES, ...MUTATION_CHARS), { maxLength: 40 }),
      fc.array(fc.constantFrom(...PIECES, ...MUTATION_CHARS), { maxLength: 40 }),
    ],
    { numRuns: 1000 },
  )('includes between random files never throw or loop', (a, b) => {
    parseAll([
      { name: 'n.conf', text: `include a.conf;\n${a.join('')}` },
      { name: 'a.conf', text: `include n.conf;\ninclude *.conf;\n${b.join(' ')}` },
    ]);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 200 })], { numRuns: 1000 })(
    'arbitrary strings never throw',
    (s) => {
      parseAll([{ name: 'g', text: s }]);
    },
  );
});
