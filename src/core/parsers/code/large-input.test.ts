import { describe, expect, it } from 'vitest';
import { goParser } from '../go';
import { javaClientParser } from '../java-client';
import { nodeParser } from '../node';
import { pythonParser } from '../python';
import type { ParserDef } from '../types';
import { CODE_INVARIANTS, expectParseInvariants } from '../testing/invariants';

const FIXTURES = import.meta.glob<string>('../{go,node,java-client,python}/__fixtures__/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function corpus(format: string): string {
  return Object.entries(FIXTURES)
    .filter(([path]) => path.startsWith(`../${format}/`) && !path.endsWith('.json'))
    .map(([, text]) => text)
    .join('\n');
}

/** [parser id, parser, fixture folder, file name] */
const PARSERS: [string, ParserDef, string, string][] = [
  ['go', goParser, 'go', 'main.go'],
  ['node', nodeParser, 'node', 'server.js'],
  ['java-client', javaClientParser, 'java-client', 'Client.java'],
  ['python', pythonParser, 'python', 'Dockerfile'],
];

/** Inputs that make naive bracket or expression scanning quadratic. */
const PATHOLOGICAL = [
  '('.repeat(50_000),
  '{'.repeat(50_000),
  'x := '.repeat(10_000),
  'srv.IdleTimeout = ('.repeat(5_000),
  'a.'.repeat(20_000) + 'keepAliveTimeout = 1',
  '`${'.repeat(10_000),
  '"'.repeat(20_000),
  '- '.repeat(20_000) + 'gunicorn',
  ' '.repeat(2_000) + 'a:\n'.repeat(10_000),
];

describe('large and pathological inputs', () => {
  it.each(PARSERS)(
    '%s: 40 copies of every fixture parse in linear time',
    (_, parser, format, name) => {
      const text = corpus(format).repeat(40);
      expect(text.length).toBeGreaterThan(100_000);
      const started = Date.now();
      const result = parser.parse({ name, text }, { files: [] });
      // Generous for a loaded CI machine; quadratic scanning takes minutes here.
      expect(Date.now() - started).toBeLessThan(8000);
      expect(result.nodes.length).toBeGreaterThan(0);
    },
  );

  it.each(PARSERS)(
    '%s: pathological inputs stay fast and keep the invariants',
    (_, parser, __, name) => {
      for (const text of PATHOLOGICAL) {
        const started = Date.now();
        const file = { name, text };
        expectParseInvariants(text, parser.parse(file, { files: [file] }), CODE_INVARIANTS);
        expect(Date.now() - started).toBeLessThan(8000);
      }
    },
  );
});
