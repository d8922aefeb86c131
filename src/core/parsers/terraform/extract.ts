import type { ExtractedNode } from '../types';
import type { Value } from './evaluate';
import { readArgument, readSeconds, type ReadContext, type SecondsRule } from './settings';
import type { Block, Body } from './tree';

/** aws_lb arguments (AWS provider docs, `aws_lb`): idle timeout 1–4000 s, client keep-alive 60–604800 s. */
const ALB_RULES: readonly SecondsRule[] = [
  { attribute: 'idle_timeout', key: 'idle_timeout.timeout_seconds', range: [1, 4000] },
  { attribute: 'client_keep_alive', key: 'client_keep_alive.seconds', range: [60, 604800] },
];
/** aws_lb_listener `tcp_idle_timeout_seconds` → listener attribute tcp.idle_timeout.seconds (60–6000 s). */
const NLB_LISTENER_RULES: readonly SecondsRule[] = [
  { attribute: 'tcp_idle_timeout_seconds', key: 'tcp.idle_timeout.seconds', range: [60, 6000] },
];
/** CloudFront custom/VPC origin arguments → OriginKeepaliveTimeout / OriginReadTimeout. */
const CLOUDFRONT_ORIGIN_RULES: readonly SecondsRule[] = [
  { attribute: 'origin_keepalive_timeout', key: 'OriginKeepaliveTimeout' },
  { attribute: 'origin_read_timeout', key: 'OriginReadTimeout' },
];

const LB_TYPES = new Set(['aws_lb', 'aws_alb']);

/**
 * Nodes from a Terraform file: `aws_lb`/`aws_alb` (ALB → aws-alb, NLB → aws-nlb), NLB listeners
 * with a TCP idle timeout, CloudFront custom origins and the terraform-aws-modules ALB module.
 */
export function extractTerraform(body: Body, ctx: ReadContext): ExtractedNode[] {
  const nodes: ExtractedNode[] = [];
  const lbKinds = new Map<string, 'alb' | 'nlb' | 'other'>();
  const listenerTargets = new Set<string>();
  for (const block of body.blocks) {
    const [type = '', name = ''] = block.labels;
    if (block.type === 'resource' && LB_TYPES.has(type)) {
      const kind = extractLoadBalancer(block, `${type}.${name}`, ctx, nodes);
      lbKinds.set(`${type}.${name}`, kind);
    } else if (block.type === 'module' && isAlbModule(block, ctx))
      extractLoadBalancer(block, `module.${type}`, ctx, nodes);
    else if (block.type === 'resource' && type === 'aws_lb_listener') {
      const node = extractListener(block, `${type}.${name}`, ctx);
      if (node) {
        nodes.push(node.node);
        if (node.target) listenerTargets.add(node.target);
      }
    } else if (block.type === 'resource' && type === 'aws_cloudfront_distribution')
      nodes.push(...extractCloudFront(block, `${type}.${name}`, ctx));
    else if (block.type === 'resource' && type === 'aws_elb')
      ctx.report(
        'TF_CLASSIC_ELB',
        'info',
        `${type}.${name} is a Classic Load Balancer: not modelled yet`,
        block.typeStart,
      );
  }
  // An NLB whose listeners set their own idle timeout is represented by those listeners.
  return nodes.filter(
    (n) =>
      !(n.tech === 'aws-nlb' && listenerTargets.has(n.scope) && lbKinds.get(n.scope) === 'nlb'),
  );
}

function extractLoadBalancer(
  block: Block,
  scope: string,
  ctx: ReadContext,
  nodes: ExtractedNode[],
): 'alb' | 'nlb' | 'other' {
  const type = readArgument(block.body, 'load_balancer_type', ctx.resolve);
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
    for (const rule of ALB_RULES) {
      const attr = block.body.attributes.find((a) => a.name === rule.attribute);
      if (attr)
        ctx.report(
          'TF_IGNORED_ATTRIBUTE',
          'info',
          `${attr.name} applies to Application Load Balancers only; AWS ignores it on an NLB`,
          attr.nameStart,
        );
    }
    nodes.push({ tech: 'aws-nlb', scope, settings: {}, label: `AWS NLB ${scope}` });
    return 'nlb';
  }
  nodes.push({
    tech: 'aws-alb',
    scope,
    settings: readSeconds(block.body, ALB_RULES, ctx),
    label: `AWS ALB ${scope}`,
  });
  return 'alb';
}

function classify(
  type: Value | undefined,
): 'application' | 'network' | 'gateway' | 'unknown' | 'other' {
  if (type === undefined || type.kind === 'null') return 'application';
  if (type.kind !== 'string') return 'unknown';
  const t = type.value.toLowerCase();
  return t === 'application' || t === 'network' || t === 'gateway' ? t : 'other';
}

function isAlbModule(block: Block, ctx: ReadContext): boolean {
  const source = readArgument(block.body, 'source', ctx.resolve);
  return source?.kind === 'string' && /terraform-aws-modules\/alb\b/.test(source.value);
}

/** An NLB listener with `tcp_idle_timeout_seconds`; `target` is the `aws_lb.x` it belongs to. */
function extractListener(
  block: Block,
  scope: string,
  ctx: ReadContext,
): { node: ExtractedNode; target?: string } | undefined {
  const attr = block.body.attributes.find((a) => a.name === 'tcp_idle_timeout_seconds');
  if (!attr) return undefined;
  const protocol = readArgument(block.body, 'protocol', ctx.resolve);
  if (protocol?.kind === 'string' && protocol.value.toUpperCase() !== 'TCP') {
    ctx.report(
      'TF_IGNORED_ATTRIBUTE',
      'info',
      `tcp_idle_timeout_seconds applies to TCP listeners only (${protocol.value} listeners keep 350 s)`,
      attr.nameStart,
    );
    return undefined;
  }
  const arn = block.body.attributes.find((a) => a.name === 'load_balancer_arn')?.expr ?? [];
  const [res, dot, name] = arn;
  const target =
    res && LB_TYPES.has(res.text) && dot?.text === '.' && name
      ? `${res.text}.${name.text}`
      : undefined;
  const node: ExtractedNode = {
    tech: 'aws-nlb',
    scope,
    settings: readSeconds(block.body, NLB_LISTENER_RULES, ctx),
    label: `AWS NLB listener ${scope}${target ? ` of ${target}` : ''}`,
  };
  return target ? { node, target } : { node };
}

function extractCloudFront(block: Block, scope: string, ctx: ReadContext): ExtractedNode[] {
  const nodes: ExtractedNode[] = [];
  block.body.blocks
    .filter((b) => b.type === 'origin')
    .forEach((origin, index) => {
      const config = origin.body.blocks.find(
        (b) => b.type === 'custom_origin_config' || b.type === 'vpc_origin_config',
      );
      if (!config) return; // S3 origins keep no pool of HTTP connections we model
      const id = readArgument(origin.body, 'origin_id', ctx.resolve);
      const originScope = `${scope} origin ${id?.kind === 'string' ? id.value : `#${index + 1}`}`;
      nodes.push({
        tech: 'aws-cloudfront',
        scope: originScope,
        settings: readSeconds(config.body, CLOUDFRONT_ORIGIN_RULES, ctx),
        label: `CloudFront ${originScope}`,
      });
    });
  return nodes;
}
