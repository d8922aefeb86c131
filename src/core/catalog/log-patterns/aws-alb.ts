import type { LogPattern } from './types';

const ALB = ['aws-alb'] as const;
const LOG_DOC =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html';
const T502 = 'https://repost.aws/knowledge-center/elb-alb-troubleshoot-502-errors';

/** ALB access log entries, read field by field (decode/fields.ts). */
export const ALB_PATTERNS: readonly LogPattern[] = [
  {
    id: 'aws-alb/502-no-target-status',
    source: 'aws-alb-access-log',
    reporters: ALB,
    facing: 'upstream',
    match: {
      kind: 'fields',
      format: 'aws-alb',
      equals: { elb_status_code: '502', target_status_code: '-' },
      notEquals: { target: '-' },
    },
    meaning: 'upstream-closed',
    race: true,
    explanation:
      'The ALB answered 502 itself (target_status_code "-"): the target closed or reset the connection the ALB had sent the request on, the classic trace of a target keep-alive shorter than the ALB idle timeout.',
    doc: T502,
    verified: true,
  },
  {
    id: 'aws-alb/502-from-target',
    source: 'aws-alb-access-log',
    reporters: ALB,
    facing: 'upstream',
    match: { kind: 'fields', format: 'aws-alb', equals: { elb_status_code: '502' } },
    meaning: 'upstream-error-status',
    race: false,
    explanation:
      "The target itself answered 502 (target_status_code is set) and the ALB passed it on: look at the target's own upstream.",
    doc: T502,
    verified: true,
  },
  {
    id: 'aws-alb/504',
    source: 'aws-alb-access-log',
    reporters: ALB,
    facing: 'upstream',
    match: {
      kind: 'fields',
      format: 'aws-alb',
      equals: { elb_status_code: '504', target_status_code: '-' },
    },
    meaning: 'upstream-timeout',
    race: false,
    explanation:
      'The target did not answer within the ALB idle timeout: a slow target, not a closed one.',
    doc: LOG_DOC,
    verified: true,
  },
  {
    id: 'aws-alb/503',
    source: 'aws-alb-access-log',
    reporters: ALB,
    facing: 'upstream',
    match: {
      kind: 'fields',
      format: 'aws-alb',
      equals: { elb_status_code: '503', target_status_code: '-' },
    },
    meaning: 'connect-failed',
    race: false,
    explanation: 'No registered healthy target: nothing was sent to a target.',
    doc: LOG_DOC,
    verified: true,
  },
  {
    id: 'aws-alb/460',
    source: 'aws-alb-access-log',
    reporters: ALB,
    facing: 'downstream',
    match: { kind: 'fields', format: 'aws-alb', equals: { elb_status_code: '460' } },
    meaning: 'downstream-closed',
    race: false,
    explanation: "The ALB's client closed its connection before the ALB could answer (HTTP 460).",
    doc: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
    verified: false,
  },
  {
    id: 'aws-alb/ok',
    source: 'aws-alb-access-log',
    reporters: ALB,
    facing: 'upstream',
    match: { kind: 'fields', format: 'aws-alb' },
    meaning: 'ok',
    race: false,
    explanation: 'A request the ALB logged without a load-balancer error.',
    doc: LOG_DOC,
    verified: true,
  },
];
