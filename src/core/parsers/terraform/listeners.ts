import type { ExtractedNode } from '../types';
import { LB_TYPES, NLB_LISTENER_RULES, type LbKind } from './load-balancers';
import { readArgument, readSeconds, type ReadContext } from './settings';
import type { Block } from './tree';

/**
 * An `aws_lb_listener` with `tcp_idle_timeout_seconds` → an NLB listener node, only when its load
 * balancer is an NLB: `network` resolved in the files, or a load balancer not in them (the
 * attribute exists on NLB TCP listeners only). `lbKinds` holds the load balancers of the files.
 */
export function extractListener(
  block: Block,
  scope: string,
  ctx: ReadContext,
  lbKinds: ReadonlyMap<string, LbKind>,
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
  const target = loadBalancerOf(block);
  const kind = target ? lbKinds.get(target) : undefined;
  if (kind === 'unknown' || kind === 'alb') {
    ctx.report(
      kind === 'unknown' ? 'TF_UNKNOWN_LB_TYPE' : 'TF_IGNORED_ATTRIBUTE',
      'info',
      kind === 'unknown'
        ? `${scope}: the load_balancer_type of ${target ?? ''} is not known here; this is an NLB listener only if it is "network" (give the variable's value)`
        : `tcp_idle_timeout_seconds applies to NLB listeners; ${target ?? ''} is an Application Load Balancer`,
      attr.nameStart,
    );
    return undefined;
  }
  const node: ExtractedNode = {
    tech: 'aws-nlb',
    scope,
    settings: readSeconds(block.body, NLB_LISTENER_RULES, ctx),
    label: `AWS NLB listener ${scope}${target ? ` of ${target}` : ''}`,
  };
  return target ? { node, target } : { node };
}

/** `aws_lb.x.arn` → `aws_lb.x`; `aws_lb.x["eu"].arn` (an instance of a for_each) → `aws_lb.x["eu"]`. */
function loadBalancerOf(block: Block): string | undefined {
  const arn = (
    block.body.attributes.find((a) => a.name === 'load_balancer_arn')?.expr ?? []
  ).filter((t) => t.kind !== 'newline');
  const [res, dot, name, open, key, close] = arn;
  if (!res || !LB_TYPES.has(res.text) || dot?.text !== '.' || !name) return undefined;
  const base = `${res.text}.${name.text}`;
  return open?.text === '[' && key?.kind === 'string' && close?.text === ']'
    ? `${base}["${key.text}"]`
    : base;
}
