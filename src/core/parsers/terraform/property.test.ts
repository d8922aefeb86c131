import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { ParseResult } from '../types';
import { terraformParser } from './index';

const SEEDS = Object.entries(
  import.meta.glob<string>('./__fixtures__/*/*', { query: '?raw', import: 'default', eager: true }),
)
  .filter(([path]) => !path.endsWith('expected.json'))
  .map(([path, text]) => ({ name: path.split('/').pop() ?? 'x', text }));

const VOCAB = [
  'resource "aws_lb" "x" {',
  'resource "aws_lb_listener" "l" {',
  'resource "aws_cloudfront_distribution" "d" {',
  'module "alb" {',
  'origin {',
  'custom_origin_config {',
  'idle_timeout = ',
  'client_keep_alive = ',
  'tcp_idle_timeout_seconds = ',
  'load_balancer_type = "network"',
  'var.x',
  'local.y',
  'variable "x" { default = ',
  'locals {',
  '"${',
  '}',
  '{',
  '"',
  '#',
  '//',
  '/*',
  '*/',
  '<<EOT\n',
  '\nEOT\n',
  ' * 60',
  '[',
  ']',
  '(',
  ',',
  '\n',
  '\r\n',
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
    fc.constantFrom('main.tf', 'terraform.tfvars', 'pasted-1'),
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
    expect(d.code).toMatch(/^TF_[A-Z0-9_]+$/);
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
  'mutated Terraform files never throw',
  (file) => {
    terraformParser.detect(file.text, file.name);
    checkInvariants(file.text, terraformParser.parse(file, { files: [file, ...SEEDS] }));
  },
  TIMEOUT_MS,
);

test.prop([random], { numRuns: 4000 })(
  'random HCL-like text never throws',
  (file) => {
    terraformParser.detect(file.text, file.name);
    checkInvariants(file.text, terraformParser.parse(file, { files: [file] }));
  },
  TIMEOUT_MS,
);
