import { describe, expect, it } from 'vitest';
import { summarize } from '../code/testing';
import { describeFixtureSuite } from '../testing/fixture-suite';
import { CODE_INVARIANTS } from '../testing/invariants';
import { seedsFrom } from '../testing/mutate';
import { testParserProperties } from '../testing/property-suite';
import { detectNode, nodeParser, parseNode } from './index';

const RAW = import.meta.glob<string>('./__fixtures__/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describeFixtureSuite('Node', nodeParser, RAW);

const settings = (text: string, scope: string) =>
  parseNode({ name: 'server.js', text }).nodes.find((n) => n.scope === scope)?.settings;

describe('Node values', () => {
  it.each([
    ['65000', 65_000],
    ['65_000', 65_000],
    ['65 * 1000', 65_000],
    ['60e3', 60_000],
    ['(60 + 5) * 1000', 65_000],
    ['Number(65000)', 65_000],
    ['KA', 61_000],
    ['T.idle', 62_000],
    ['T.nested.idle', 63_000],
    ['65000 as number', 65_000],
  ])('server.keepAliveTimeout = %s → %d ms', (expr, ms) => {
    const text = `const KA = 61_000;\nconst T = { idle: 62_000, nested: { idle: 63_000 } };\nserver.keepAliveTimeout = ${expr};`;
    expect(settings(text, 'server')?.['server.keepAliveTimeout']?.value).toBe(ms);
  });

  it('records where the property name is written', () => {
    const s = settings(
      'const server = http.createServer();\n  server.keepAliveTimeout = 1;',
      'server',
    );
    expect(s?.['server.keepAliveTimeout']?.origin).toEqual({
      kind: 'explicit',
      file: 'server.js',
      line: 2,
      column: 10,
      setting: 'keepAliveTimeout',
    });
  });

  it('ignores comparisons, reads and arrow functions', () => {
    const r = parseNode({
      name: 'a.js',
      text: 'if (server.keepAliveTimeout === 5000) {}\nconst x = server.headersTimeout;\nf(server.requestTimeout => 1);',
    });
    expect(r.nodes).toEqual([]);
  });

  it('a bare Agent without an import is told apart by its options', () => {
    const r = parseNode({
      name: 'a.js',
      text: 'const a = new Agent({ keepAliveTimeout: 1000 });\nconst b = new Agent({ keepAlive: true });\nconst c = new Agent();',
    });
    expect(summarize(r)).toEqual({
      nodes: [
        { tech: 'undici', scope: 'a', settings: { keepAliveTimeout: [1000, 1] } },
        {
          tech: 'node-agent',
          scope: 'b',
          settings: { agent: ['custom', 2], keepAlive: [true, 2] },
        },
      ],
      diagnostics: [['NODE_AMBIGUOUS_AGENT', 3]],
    });
  });
});

describe('detectNode', () => {
  it('reads content first', () => {
    expect(
      detectNode("const http = require('http');\nserver.keepAliveTimeout = 1;"),
    ).toBeGreaterThan(0.7);
    expect(detectNode("import { Agent } from 'undici';", 'x.txt')).toBeGreaterThanOrEqual(0.4);
    expect(detectNode('server.keepAliveTimeout = 65000;', 'pasted-1')).toBeGreaterThanOrEqual(0.5);
    expect(detectNode('server:\n  tomcat:\n    keep-alive-timeout: 20s\n', 'application.yml')).toBe(
      0,
    );
    expect(detectNode('package main\n\nimport "net/http"\n', 'main.go')).toBeLessThan(0.3);
  });
});

const TOKENS = [
  "const http = require('http');\n",
  "import { Agent } from 'undici';\n",
  'server',
  'agent',
  ' = ',
  ' := ',
  '.keepAliveTimeout',
  '.headersTimeout',
  '.maxRequestsPerSocket',
  'http.createServer(',
  'new http.Agent(',
  'new Agent(',
  'new Pool(',
  'setGlobalDispatcher(',
  'http.globalAgent.options.timeout',
  'keepAlive: ',
  'timeout: ',
  'keepAliveTimeout: ',
  '{',
  '}',
  '(',
  ')',
  ',',
  ';',
  '\n',
  '65_000',
  ' * ',
  '1000',
  'true',
  '"',
  "'",
  '`',
  '${',
  '//',
  '/*',
  '*/',
  '/',
  'const ',
  'K',
  'process.env.X',
  'Object.assign(',
  '=>',
  '?',
];
const SEEDS = seedsFrom(RAW);

describe('Node parser properties', () => {
  testParserProperties({
    parser: nodeParser,
    seeds: SEEDS,
    vocab: TOKENS,
    randomNames: ['server.js'],
    numRuns: { mutated: 5000, random: 5000 },
    ...CODE_INVARIANTS,
    titles: {
      random: 'random input keeps the invariants',
      mutated: 'mutated fixtures keep the invariants',
    },
  });
});
