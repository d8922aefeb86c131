import type { ExtractedNode } from '../types';
import type { Value } from './evaluate';
import { readArgument, readSeconds, type ReadContext, type SecondsRule } from './settings';
import type { Block, Body } from './tree';

/** aws_lb arguments (AWS provider docs, `aws_lb`): idle timeout 1–4000 s, client keep-alive 60–604800 s. */
export const ALB_RULES: readonly SecondsRule[] = [
  { attribute: 'idle_timeout', key: 'idle_timeout.timeout_seconds', range: [1, 4000] },
  { attribute: 'client_keep_alive', key: 'client_keep_alive.seconds', range: [60, 604800] },
];
/** aws_lb_listener `tcp_idle_timeout_seconds` → listener attribute tcp.idle_timeout.seconds (60–6000 s). */
export const NLB_LISTENER_RULES: readonly SecondsRule[] = [
  { attribute: 'tcp_idle_timeout_seconds', key: 'tcp.idle_timeout.seconds', range: [60, 6000] },
];

export const LB_TYPES = new Set(['aws_lb', 'aws_alb']);

/** What a load balancer turned out to be; `unknown` when its type is a value not given. */
export type LbKind = 'alb' | 'nlb' | 'unknown' | 'other';

/**
 * An `aws_lb` (or an ALB module call): an ALB node, an NLB node, or nothing (gateway). `fixedType`
 * is for modules that always create one type. An unknown type is assumed `application` (said so).
 */
export function extractLoadBalancer(
  block: Block,
  scope: string,
  ctx: ReadContext,
  nodes: ExtractedNode[],
  label = scope,
  fixedType?: 'application',
): LbKind {
  const type: Value | undefined = fixedType
    ? { kind: 'string', value: fixedType }
    : readArgument(block.body, 'load_balancer_type', ctx.resolve);
  const kind = classify(type);
  if (kind === 'unknown')
    ctx.report(
      'TF_ASSUMED_APPLICATION',
      'info',
      `${scope}: load_balancer_type is not known here; assuming "application"`,
      block.typeStart,
    );
  if (kind === 'gateway' || kind === 'other') {
    if (kind === 'gateway')
      ctx.report(
        'TF_GATEWAY_LB',
        'info',
        `${scope} is a Gateway Load Balancer (GENEVE, no HTTP keep-alive): skipped`,
        block.typeStart,
      );
    return 'other';
  }
  if (kind === 'network') {
    reportAlbOnly(block.body, ctx);
    nodes.push({ tech: 'aws-nlb', scope, settings: {}, label: `AWS NLB ${label}` });
    return 'nlb';
  }
  nodes.push({
    tech: 'aws-alb',
    scope,
    settings: readSeconds(block.body, ALB_RULES, ctx),
    label: `AWS ALB ${label}`,
  });
  return kind === 'unknown' ? 'unknown' : 'alb';
}

function reportAlbOnly(body: Body, ctx: ReadContext) {
  for (const rule of ALB_RULES) {
    const attr = body.attributes.find((a) => a.name === rule.attribute);
    if (attr)
      ctx.report(
        'TF_IGNORED_ATTRIBUTE',
        'info',
        `${attr.name} applies to Application Load Balancers only; AWS ignores it on an NLB`,
        attr.nameStart,
      );
  }
}

function classify(
  type: Value | undefined,
): 'application' | 'network' | 'gateway' | 'unknown' | 'other' {
  if (type === undefined || type.kind === 'null') return 'application';
  if (type.kind !== 'string') return 'unknown';
  const t = type.value.toLowerCase();
  return t === 'application' || t === 'network' || t === 'gateway' ? t : 'other';
}
