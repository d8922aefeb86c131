import { isScalar } from 'yaml';
import type { ExtractedNode } from '../types';
import { getEntry, getMap } from '../../source/yaml/entries';
import { isUnknownValue } from '../../model/value';
import { readAttributes, readSeconds, type SecondsKeys } from './attributes';
import type { Context } from './context';
import { resolveValue } from './intrinsic';
import type { Resource, Template } from './template';

const V2 = 'AWS::ElasticLoadBalancingV2::';
const ALB_KEYS: SecondsKeys = {
  'idle_timeout.timeout_seconds': 'idle_timeout.timeout_seconds',
  'client_keep_alive.seconds': 'client_keep_alive.seconds',
};
const NLB_LISTENER_KEYS: SecondsKeys = { 'tcp.idle_timeout.seconds': 'tcp.idle_timeout.seconds' };

type LbKind = 'alb' | 'nlb' | 'gateway';

/** A property resolved to text, or undefined when absent or known only at deploy time. */
function property(r: Resource, name: string, t: Template, ctx: Context) {
  const entry = getEntry(r.properties, name, t.document.index);
  if (!entry) return { written: false, text: undefined };
  const v = resolveValue(entry.node, t, ctx.text).value;
  return { written: true, text: isUnknownValue(v) ? undefined : String(v), at: entry.keyStart };
}

/**
 * Every load balancer node of the template: an ALB (one idle timeout for both sides, client
 * keep-alive), an NLB (its TCP listeners' idle timeouts: one node per listener that sets one,
 * else the NLB at its default), Classic ELBs noted as not modelled.
 */
export function readLoadBalancers(t: Template, ctx: Context): ExtractedNode[] {
  const kinds = new Map<string, LbKind>();
  const nodes: ExtractedNode[] = [];
  for (const r of t.resources) {
    if (r.type === `${V2}LoadBalancer`) {
      const kind = lbKind(r, t, ctx);
      kinds.set(r.id, kind);
      const attributes = readAttributes(r.properties, 'LoadBalancerAttributes', t, ctx);
      if (kind === 'alb')
        nodes.push({
          tech: 'aws-alb',
          scope: r.id,
          settings: readSeconds(attributes, ALB_KEYS, t, ctx),
          label: `AWS ALB ${r.id}`,
        });
      else if (kind === 'nlb')
        nodes.push({ tech: 'aws-nlb', scope: r.id, settings: {}, label: `AWS NLB ${r.id}` });
    } else if (r.type === 'AWS::ElasticLoadBalancing::LoadBalancer')
      ctx.report(
        'CFN_NOT_MODELLED',
        'info',
        `${r.id} is a Classic Load Balancer (ConnectionSettings.IdleTimeout): not modelled yet`,
        r.start,
      );
  }
  const listenedTo = new Set<string>();
  for (const r of t.resources) {
    if (r.type !== `${V2}Listener`) continue;
    const node = readListener(r, t, ctx, kinds);
    if (!node) continue;
    nodes.push(node.node);
    if (node.target) listenedTo.add(node.target);
  }
  // An NLB whose listeners set their own idle timeout is represented by those listeners.
  return nodes.filter((n) => !(n.tech === 'aws-nlb' && listenedTo.has(n.scope)));
}

function lbKind(r: Resource, t: Template, ctx: Context): LbKind {
  const type = property(r, 'Type', t, ctx);
  if (!type.written) return 'alb'; // Type defaults to application
  const v = type.text?.toLowerCase();
  if (v === 'network') return 'nlb';
  if (v === 'gateway') {
    ctx.report(
      'CFN_NOT_MODELLED',
      'info',
      `${r.id} is a Gateway Load Balancer (GENEVE, no HTTP keep-alive): skipped`,
      r.start,
    );
    return 'gateway';
  }
  if (v !== 'application')
    ctx.report(
      'CFN_UNKNOWN_LB_TYPE',
      'info',
      `${r.id}: Type is not known in the template; read as "application"`,
      type.at ?? r.start,
    );
  return 'alb';
}

/** A listener's `tcp.idle_timeout.seconds` (TCP listeners of an NLB only). */
function readListener(
  r: Resource,
  t: Template,
  ctx: Context,
  kinds: ReadonlyMap<string, LbKind>,
): { node: ExtractedNode; target: string | undefined } | undefined {
  const attributes = readAttributes(r.properties, 'ListenerAttributes', t, ctx);
  const idle = attributes.find((a) => a.key === 'tcp.idle_timeout.seconds');
  if (!idle) return undefined;
  const arn = getEntry(r.properties, 'LoadBalancerArn', t.document.index)?.node;
  const refTag = (arn as { tag?: string } | null)?.tag === '!Ref';
  const refMap = getEntry(getMap(arn, [], t.document.index), 'Ref', t.document.index)?.node;
  const refNode = refTag ? arn : refMap;
  const target =
    isScalar(refNode) && kinds.has(String(refNode.value)) ? String(refNode.value) : undefined;
  const protocol = property(r, 'Protocol', t, ctx).text?.toUpperCase();
  const kind = target ? kinds.get(target) : undefined;
  const ignored =
    kind === 'alb' || kind === 'gateway'
      ? `tcp.idle_timeout.seconds applies to NLB listeners; ${target ?? ''} is not an NLB`
      : protocol !== undefined && protocol !== 'TCP'
        ? `tcp.idle_timeout.seconds applies to TCP listeners only (${protocol} listeners keep 350 s)`
        : undefined;
  if (ignored) {
    ctx.report('CFN_IGNORED_ATTRIBUTE', 'info', ignored, idle.keyStart);
    return undefined;
  }
  const scope = target ? `${target} ${r.id}` : r.id;
  return {
    node: {
      tech: 'aws-nlb',
      scope,
      settings: readSeconds(attributes, NLB_LISTENER_KEYS, t, ctx),
      label: `AWS NLB listener ${r.id}${target ? ` of ${target}` : ''}`,
    },
    target,
  };
}
