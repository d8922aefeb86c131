import { describe, expect, it } from 'vitest';
import { summarize } from '../code/testing';
import { describeFixtureSuite } from '../testing/fixture-suite';
import { CODE_INVARIANTS } from '../testing/invariants';
import { seedsFrom } from '../testing/mutate';
import { testParserProperties } from '../testing/property-suite';
import { detectGo, goParser, parseGo } from './index';

const RAW = import.meta.glob<string>('./__fixtures__/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describeFixtureSuite('Go', goParser, RAW);

const parse = (text: string) => parseGo({ name: 'main.go', text });
const settingsOf = (text: string, scope: string) =>
  parse(text).nodes.find((n) => n.scope === scope)?.settings;

describe('Go values', () => {
  it.each([
    ['90 * time.Second', 90_000],
    ['time.Second * 90', 90_000],
    ['time.Minute', 60_000],
    ['time.Duration(30) * time.Second', 30_000],
    ['1500 * time.Millisecond', 1500],
    ['2*time.Minute + 30*time.Second', 150_000],
    ['time.Hour / 2', 1_800_000],
    ['90_000 * time.Millisecond', 90_000],
    ['5e9', 5000],
  ])('IdleTimeout: %s = %d ms', (expr, ms) => {
    const s = settingsOf(`srv := &http.Server{IdleTimeout: ${expr}}`, 'srv');
    expect(s?.['IdleTimeout']?.value).toBe(ms);
  });

  it('reads columns of the key, not of the value', () => {
    const s = settingsOf(
      'srv := http.Server{\n\tAddr: ":80",\n\tIdleTimeout: time.Minute,\n}',
      'srv',
    );
    expect(s?.['IdleTimeout']?.origin).toEqual({
      kind: 'explicit',
      file: 'main.go',
      line: 3,
      column: 2,
      setting: 'IdleTimeout',
    });
  });

  it('a later assignment replaces the literal value', () => {
    const s = settingsOf(
      'srv := &http.Server{IdleTimeout: time.Second}\nsrv.IdleTimeout = 2 * time.Second',
      'srv',
    );
    expect(s?.['IdleTimeout']?.value).toBe(2000);
  });

  it('ignores comparisons and reads', () => {
    const r = parse('if srv.IdleTimeout == 0 {\n\tx := srv.IdleTimeout\n}');
    expect(r.nodes).toEqual([]);
  });

  it('reports unresolved names with the expression range', () => {
    const r = parse('srv := &http.Server{IdleTimeout: cfg.Idle}');
    expect(r.diagnostics).toMatchObject([
      { code: 'GO_UNRESOLVED_EXPRESSION', line: 1, column: 34, endColumn: 42 },
    ]);
  });

  it('zero-value declarations give zero transports and default servers', () => {
    const r = parse('var t http.Transport\nvar s http.Server\nu := new(http.Transport)');
    expect(summarize(r).nodes).toEqual([
      { tech: 'go-transport', scope: 't', settings: { transport: ['zero', 1] } },
      { tech: 'go-http-server', scope: 's', settings: {} },
      { tech: 'go-transport', scope: 'u', settings: { transport: ['zero', 3] } },
    ]);
  });
});

describe('detectGo', () => {
  it('prefers content to the file name', () => {
    expect(detectGo('package main\nimport "net/http"\n')).toBeGreaterThanOrEqual(0.7);
    expect(detectGo('server:\n  port: 8080\n', 'main.go')).toBeLessThan(0.5);
    expect(detectGo('resp, err := http.Get(url)', 'pasted-1')).toBeGreaterThanOrEqual(0.5);
    expect(detectGo('srv.IdleTimeout = 90 * time.Second', 'pasted-1')).toBeGreaterThanOrEqual(0.4);
    expect(detectGo('keepalive_timeout 65;', 'nginx.conf')).toBe(0);
    expect(detectGo('package com.example;\nimport java.net.http.HttpClient;')).toBeLessThan(0.3);
  });
});

const TOKENS = [
  'package main\n',
  'import "net/http"\n',
  'srv',
  't',
  ' := ',
  ' = ',
  '&',
  'http.Server',
  'http.Transport',
  'http.Client',
  '{',
  '}',
  '(',
  ')',
  ',',
  ':',
  '\n',
  '\t',
  'IdleTimeout',
  'ReadTimeout',
  'IdleConnTimeout',
  'MaxIdleConnsPerHost',
  'DisableKeepAlives',
  '.SetKeepAlivesEnabled(',
  'true',
  'false',
  '90',
  ' * ',
  'time.Second',
  'time.Duration(',
  'const (',
  'var ',
  'idle',
  '"',
  '`',
  "'",
  '//',
  '/*',
  '*/',
  '.',
  'http.DefaultTransport.(*http.Transport).Clone()',
  'http.Get(',
  'return ',
  'func f() ',
  '-',
  '/',
  '0',
];
const SEEDS = seedsFrom(RAW);

describe('Go parser properties', () => {
  testParserProperties({
    parser: goParser,
    seeds: SEEDS,
    vocab: TOKENS,
    randomNames: ['main.go'],
    numRuns: { mutated: 5000, random: 5000 },
    ...CODE_INVARIANTS,
    titles: {
      random: 'random input keeps the invariants',
      mutated: 'mutated fixtures keep the invariants',
    },
  });
});

describe('Go values from other pasted files', () => {
  const config = {
    name: 'config.go',
    text: 'package main\n\nconst IdleTimeout = 75 * time.Second\n\nvar Limits = Options{Header: 5 * time.Second}\n',
  };
  const main = {
    name: 'main.go',
    text: 'package main\n\nfunc main() {\n\tsrv := &http.Server{IdleTimeout: IdleTimeout, ReadHeaderTimeout: Limits.Header, WriteTimeout: cfg.Write}\n}\n',
  };

  it('resolves a constant or an option field declared in another pasted Go file', () => {
    const s = goParser.parse(main, { files: [config, main] }).nodes[0]?.settings;
    expect(s?.['IdleTimeout']?.value).toBe(75_000);
    expect(s?.['ReadHeaderTimeout']?.value).toBe(5000);
    expect(s?.['WriteTimeout']?.value).toMatchObject({ unknown: 'cfg.Write' });
  });

  it('alone, the same file has unknown values, never the defaults', () => {
    const s = goParser.parse(main, { files: [main] }).nodes[0]?.settings;
    expect(s?.['IdleTimeout']?.value).toMatchObject({ unknown: 'IdleTimeout' });
    expect(s?.['ReadHeaderTimeout']?.value).toMatchObject({ unknown: 'Limits.Header' });
  });
});
