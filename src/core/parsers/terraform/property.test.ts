import { seedsFrom } from '../testing/mutate';
import { expectOriginAtName, type OriginCheck } from '../testing/invariants';
import { testParserProperties } from '../testing/property-suite';
import { terraformParser } from './index';

const SEEDS = seedsFrom(
  import.meta.glob<string>('./__fixtures__/*/*', { query: '?raw', import: 'default', eager: true }),
);

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

/** Values a helm_release reads from a values file point into that file: only .tf origins here. */
const checkOrigin: OriginCheck = (lines, origin) => {
  if (/\.tf(vars)?$|^pasted/.test(origin.file)) expectOriginAtName(lines, origin);
};

testParserProperties({
  checkOrigin,
  parser: terraformParser,
  seeds: SEEDS,
  vocab: VOCAB,
  randomNames: ['main.tf', 'terraform.tfvars', 'pasted-1'],
  codePattern: /^TF_[A-Z0-9_]+$/,
  lineEnds: 'all',
  titles: {
    mutated: 'mutated Terraform files never throw',
    random: 'random HCL-like text never throws',
  },
  mutatedContext: (file) => [file, ...SEEDS],
});
