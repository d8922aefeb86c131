import type { ExtractedNode } from '../types';
import { readObjectLiteral } from './object-literal';
import { extractLoadBalancer, NLB_LISTENER_RULES, type LbKind } from './load-balancers';
import { readArgument, readSeconds, type ReadContext } from './settings';
import type { Block, Body } from './tree';

/**
 * The common ALB modules and what their inputs default to. Every default equals the AWS default
 * the catalog already holds, so an input left out adds no setting:
 * - terraform-aws-modules/alb/aws: variables.tf (v9+) `idle_timeout` null and `client_keep_alive`
 *   null (the provider leaves AWS's 60 s and 3600 s), `load_balancer_type` "application";
 *   v5–v8: `idle_timeout` 60, `load_balancer_type` "application". NLB listeners come from the
 *   `listeners` map (`tcp_idle_timeout_seconds`, optional). Source: github.com/terraform-aws-modules/
 *   terraform-aws-alb variables.tf.
 * - cloudposse/alb/aws: variables.tf `idle_timeout` 60, `client_keep_alive` 3600; the module has no
 *   `load_balancer_type` input and always creates an application load balancer. Source:
 *   github.com/cloudposse/terraform-aws-alb variables.tf, main.tf.
 */
const ALB_MODULES = [
  {
    name: 'terraform-aws-modules/alb/aws',
    source:
      /^(registry\.terraform\.io\/)?terraform-aws-modules\/alb\/aws\b|terraform-aws-modules\/terraform-aws-alb\b/,
    alwaysApplication: false,
  },
  {
    name: 'cloudposse/alb/aws',
    source: /^(registry\.terraform\.io\/)?cloudposse\/alb\/aws\b|cloudposse\/terraform-aws-alb\b/,
    alwaysApplication: true,
  },
] as const;

/** A `module` block calling a known ALB module → its load balancer node(s); undefined otherwise. */
export function extractAlbModule(
  block: Block,
  ctx: ReadContext,
  nodes: ExtractedNode[],
): LbKind | undefined {
  const source = readArgument(block.body, 'source', ctx.resolve);
  if (source?.kind !== 'string') return undefined;
  const module = ALB_MODULES.find((m) => m.source.test(source.value.trim()));
  if (!module) return undefined;
  const scope = `module.${block.labels[0] ?? ''}`;
  const version = readArgument(block.body, 'version', ctx.resolve);
  const called = `${module.name}${version?.kind === 'string' ? ` ${version.value}` : ''}`;
  const found: ExtractedNode[] = [];
  const kind = extractLoadBalancer(
    block,
    scope,
    ctx,
    found,
    `${scope} (${called})`,
    module.alwaysApplication ? 'application' : undefined,
  );
  if (kind === 'nlb') {
    const listeners = readModuleListeners(block, scope, ctx);
    for (const n of listeners.length > 0 ? listeners : found) nodes.push(n);
  } else for (const n of found) nodes.push(n);
  return kind;
}

/** `listeners = { tcp = { protocol = "TCP", tcp_idle_timeout_seconds = 600 } }` → NLB listener nodes. */
function readModuleListeners(block: Block, scope: string, ctx: ReadContext): ExtractedNode[] {
  const attr = block.body.attributes.find((a) => a.name === 'listeners');
  if (!attr) return [];
  const nodes: ExtractedNode[] = [];
  for (const listener of readObjectLiteral(attr.expr)) {
    const body: Body = {
      attributes: readObjectLiteral(listener.expr).map((e) => ({
        name: e.key,
        nameStart: e.keyStart,
        expr: e.expr,
      })),
      blocks: [],
    };
    if (!body.attributes.some((a) => a.name === 'tcp_idle_timeout_seconds')) continue;
    const protocol = readArgument(body, 'protocol', ctx.resolve);
    if (protocol?.kind === 'string' && protocol.value.toUpperCase() !== 'TCP') continue;
    const listenerScope = `${scope} listener ${listener.key}`;
    nodes.push({
      tech: 'aws-nlb',
      scope: listenerScope,
      settings: readSeconds(body, NLB_LISTENER_RULES, ctx),
      label: `AWS NLB listener ${listenerScope}`,
    });
  }
  return nodes;
}
