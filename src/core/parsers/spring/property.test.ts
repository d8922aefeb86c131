import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { ParseResult } from '../types';
import { springParser } from './index';

const SEEDS = Object.entries(
  import.meta.glob<string>('./__fixtures__/*/*', { query: '?raw', import: 'default', eager: true }),
)
  .filter(([path]) => !path.endsWith('expected.json'))
  .map(([path, text]) => ({ name: path.split('/').pop() ?? 'x', text }));

const VOCAB = [
  'server.tomcat.keep-alive-timeout',
  'server.tomcat.keepAliveTimeout=',
  'SERVER_TOMCAT_CONNECTIONTIMEOUT=',
  'max-keep-alive-requests: ',
  'tomcat:\n    ',
  ': ',
  '=',
  '\n---\n',
  '\n#---\n',
  '${X:',
  '${',
  '}',
  '-1',
  'PT',
  '60s',
  '#',
  '"',
  "'",
  '[',
  '{',
  '&a ',
  '*a',
  '<<: ',
  '\\\n',
  '\t',
  '\r\n',
  '- ',
  'spring.config.activate.on-profile: ',
];

/** Generous: the machine is shared and YAML parsing of 10 000 inputs takes seconds. */
const TIMEOUT_MS = 180_000;

type Mutation = { at: number; del: number; insert: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constantFrom(...VOCAB), fc.string({ maxLength: 8 })),
});

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    out = out.slice(0, at) + m.insert + out.slice(at + m.del);
  }
  return out;
}

const mutated = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([seed, ms]) => ({ name: seed.name, text: mutate(seed.text, ms) }));
const random = fc
  .tuple(
    fc.constantFrom('application.yml', 'application.properties', 'pasted-1'),
    fc.array(fc.oneof(fc.constantFrom(...VOCAB), fc.string({ maxLength: 10 })), { maxLength: 30 }),
  )
  .map(([name, parts]) => ({ name, text: parts.join('') }));

/** The logical line at `line` (1-based), with `\`-continued lines joined. */
function logicalLine(lines: string[], line: number): string {
  let out = '';
  for (let i = line - 1; i < lines.length; i++) {
    const l = lines[i] ?? '';
    const continued = /\\\r?$/.test(l);
    out += (i === line - 1 ? l : l.trimStart()).replace(/\\\r?$/, '');
    if (!continued) break;
  }
  return out;
}

function checkInvariants(text: string, result: ParseResult) {
  const lines = text.split('\n');
  for (const d of result.diagnostics) {
    expect(d.line, d.code).toBeGreaterThanOrEqual(1);
    expect(d.line, d.code).toBeLessThanOrEqual(lines.length);
    expect(d.column, d.code).toBeGreaterThanOrEqual(1);
    expect(d.column, d.code).toBeLessThanOrEqual((lines[d.line - 1] ?? '').length + 1);
    expect(d.code).toMatch(/^SPRING_[A-Z0-9_]+$/);
  }
  for (const node of result.nodes)
    for (const s of Object.values(node.settings)) {
      if (s.origin.kind !== 'explicit') throw new Error('parsers only emit explicit origins');
      // The origin points at the setting as written, or at its last element (nested YAML keys).
      const last = s.origin.setting.split('.').pop() ?? '';
      const at = logicalLine(lines, s.origin.line).slice((s.origin.column ?? 1) - 1);
      expect(
        at.startsWith(s.origin.setting) || at.startsWith(last),
        `${at} / ${s.origin.setting}`,
      ).toBe(true);
    }
}

test.prop([mutated], { numRuns: 6000 })(
  'mutated Spring files never throw',
  (file) => {
    springParser.detect(file.text, file.name);
    checkInvariants(file.text, springParser.parse(file, { files: [file] }));
  },
  TIMEOUT_MS,
);

test.prop([random], { numRuns: 4000 })(
  'random Spring-like text never throws',
  (file) => {
    springParser.detect(file.text, file.name);
    checkInvariants(file.text, springParser.parse(file, { files: [file] }));
  },
  TIMEOUT_MS,
);

/** A mutated Spring file wrapped in a ConfigMap `|` block at a random indentation. */
const embedded = fc
  .tuple(
    fc.constantFrom(...SEEDS.filter((s) => /^application.*\.(ya?ml|properties)$/.test(s.name))),
    fc.array(mutation, { maxLength: 4 }),
    fc.integer({ min: 1, max: 6 }),
    fc.boolean(),
  )
  .map(([seed, ms, extra, explicit]) => {
    const body = mutate(seed.text, ms)
      .split('\n')
      .map((l) => (l === '' ? '' : ' '.repeat(2 + extra) + l))
      .join('\n');
    const header = explicit ? `|${extra}` : '|';
    return {
      name: 'configmap.yaml',
      text: `kind: ConfigMap\ndata:\n  ${seed.name}: ${header}\n${body}\n`,
    };
  });

test.prop([embedded], { numRuns: 2000 })(
  'configs embedded in a ConfigMap keep exact origins',
  (file) => {
    checkInvariants(file.text, springParser.parse(file, { files: [file] }));
  },
  TIMEOUT_MS,
);
