import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { ParseResult } from '../types';
import { albIngressParser } from './index';

const SEEDS = Object.entries(
  import.meta.glob<string>('./__fixtures__/*/*', { query: '?raw', import: 'default', eager: true }),
)
  .filter(([path]) => !path.endsWith('expected.json'))
  .map(([path, text]) => ({ name: path.split('/').pop() ?? 'x', text }));

const VOCAB = [
  'kind: Ingress\n',
  'kind: Service\n',
  'kind: IngressClassParams\n',
  'kind: List\nitems:\n  - ',
  'metadata:\n  name: x\n  annotations:\n    ',
  'alb.ingress.kubernetes.io/load-balancer-attributes: ',
  'alb.ingress.kubernetes.io/group.name: g\n',
  'service.beta.kubernetes.io/aws-load-balancer-listener-attributes.TCP-80: ',
  'idle_timeout.timeout_seconds=',
  'client_keep_alive.seconds=',
  'tcp.idle_timeout.seconds=',
  'ingressClassName: alb\n',
  '60',
  ',',
  '=',
  '\n---\n',
  '|\n  ',
  '>-\n  ',
  '"',
  "'",
  '#',
  '{{ x }}',
  '&a ',
  '*a',
  '\n',
  '\r\n',
  '- key: idle_timeout.timeout_seconds\n  value: "1"\n',
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
    fc.constantFrom('ingress.yaml', 'pasted-1'),
    fc.array(fc.oneof(fc.constantFrom(...VOCAB), fc.string({ maxLength: 10 })), { maxLength: 30 }),
  )
  .map(([name, parts]) => ({ name, text: parts.join('') }));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function checkInvariants(text: string, result: ParseResult) {
  const lines = text.split('\n');
  for (const d of result.diagnostics) {
    expect(d.line, d.code).toBeGreaterThanOrEqual(1);
    expect(d.line, d.code).toBeLessThanOrEqual(lines.length);
    expect(d.column, d.code).toBeGreaterThanOrEqual(1);
    expect(d.column, d.code).toBeLessThanOrEqual((lines[d.line - 1] ?? '').length + 1);
    expect(d.code).toMatch(/^ALB_INGRESS_[A-Z0-9_]+$/);
  }
  for (const node of result.nodes)
    for (const s of Object.values(node.settings)) {
      if (s.origin.kind !== 'explicit') throw new Error('parsers only emit explicit origins');
      // The origin points exactly at the setting's name as written.
      const line = lines[s.origin.line - 1] ?? '';
      expect(line.slice((s.origin.column ?? 1) - 1)).toMatch(
        new RegExp(`^${escape(s.origin.setting)}`),
      );
    }
}

test.prop([mutated], { numRuns: 6000 })(
  'mutated manifests never throw',
  (file) => {
    albIngressParser.detect(file.text, file.name);
    checkInvariants(file.text, albIngressParser.parse(file, { files: [file] }));
  },
  TIMEOUT_MS,
);

test.prop([random], { numRuns: 4000 })(
  'random YAML-like text never throws',
  (file) => {
    albIngressParser.detect(file.text, file.name);
    checkInvariants(file.text, albIngressParser.parse(file, { files: [file] }));
  },
  TIMEOUT_MS,
);
