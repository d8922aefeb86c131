import { isMap, isScalar, isSeq } from 'yaml';
import type { ExtractedNode } from '../types';
import { rangeOf, scalarOf, type K8sObject } from './manifests';
import {
  ALB_ATTRIBUTES,
  NLB_LISTENER_ATTRIBUTES,
  readAnnotationPairs,
  toSettings,
  type Context,
  type WrittenAttribute,
} from './settings';

const ALB = 'alb.ingress.kubernetes.io/';
const SVC = 'service.beta.kubernetes.io/';
const NLB_LISTENER = `${SVC}aws-load-balancer-listener-attributes.`;
const OTHER_CONTROLLERS = /nginx|traefik|haproxy|kong|istio|contour|gce|cilium|envoy/i;

/** An Ingress served by an ALB, with its group (`alb.ingress.kubernetes.io/group.name`). */
export interface IngressNode {
  node: ExtractedNode;
  group: { name: string; offset: number } | undefined;
}

/** An Ingress handled by the AWS Load Balancer Controller → an `aws-alb` node; undefined otherwise. */
export function readIngress(o: K8sObject, ctx: Context): IngressNode | undefined {
  const className =
    scalarOf(o.spec?.get('ingressClassName', true)) ??
    o.annotations.get('kubernetes.io/ingress.class')?.value;
  const albAnnotations = [...o.annotations.keys()].filter((k) => k.startsWith(ALB));
  if (className !== 'alb' && albAnnotations.length === 0) return undefined;
  if (className !== undefined && className !== 'alb' && OTHER_CONTROLLERS.test(className)) {
    ctx.report(
      'ALB_INGRESS_NOT_ALB',
      'info',
      `Ingress ${o.name} uses class "${className}": its alb.ingress.kubernetes.io annotations are ignored`,
      o.offset,
    );
    return undefined;
  }
  const attrs = o.annotations.get(`${ALB}load-balancer-attributes`);
  const written = attrs ? readAnnotationPairs(`${ALB}load-balancer-attributes`, attrs, ctx) : [];
  const scope = `ingress ${o.namespace ?? 'default'}/${o.name}`;
  const group = o.annotations.get(`${ALB}group.name`);
  return {
    node: {
      tech: 'aws-alb',
      scope,
      settings: toSettings(written, ALB_ATTRIBUTES, ctx),
      label: `AWS ALB for ${scope}`,
    },
    group: group?.value ? { name: group.value, offset: group.keyOffset } : undefined,
  };
}

/** `IngressClassParams.spec.loadBalancerAttributes: [{key, value}]` → an `aws-alb` node. */
export function readIngressClassParams(o: K8sObject, ctx: Context): ExtractedNode {
  const list = o.spec?.get('loadBalancerAttributes', true);
  const written: WrittenAttribute[] = [];
  if (isSeq(list))
    for (const item of list.items) {
      if (!isMap(item)) continue;
      const keyNode = item.get('key', true);
      const key = scalarOf(keyNode);
      if (key === undefined || !isScalar(keyNode)) continue;
      written.push({
        key,
        value: scalarOf(item.get('value', true)) ?? '',
        offset: rangeOf(keyNode)?.[0] ?? o.offset,
        setting: key,
      });
    }
  const scope = `ingressclassparams ${o.name}`;
  return {
    tech: 'aws-alb',
    scope,
    settings: toSettings(written, ALB_ATTRIBUTES, ctx),
    label: `AWS ALB for ${scope}`,
  };
}

/** A Service provisioned as an NLB by the controller → one `aws-nlb` node per annotated listener. */
export function readService(o: K8sObject, ctx: Context): ExtractedNode[] {
  const type = o.annotations.get(`${SVC}aws-load-balancer-type`)?.value;
  const lbClass = scalarOf(o.spec?.get('loadBalancerClass', true));
  const idle = o.annotations.get(`${SVC}aws-load-balancer-connection-idle-timeout`);
  const isNlb =
    type === 'external' || type === 'nlb' || type === 'nlb-ip' || lbClass === 'service.k8s.aws/nlb';
  if (!isNlb) {
    if (idle)
      ctx.report(
        'ALB_INGRESS_CLASSIC_ELB',
        'info',
        'Classic ELB idle timeout (in-tree cloud provider): not modelled yet',
        idle.keyOffset,
      );
    return [];
  }
  const base = `service ${o.namespace ?? 'default'}/${o.name}`;
  const nodes: ExtractedNode[] = [];
  for (const [name, annotation] of o.annotations) {
    if (!name.startsWith(NLB_LISTENER)) continue;
    const settings = toSettings(
      readAnnotationPairs(name, annotation, ctx),
      NLB_LISTENER_ATTRIBUTES,
      ctx,
    );
    const scope = `${base} ${name.slice(NLB_LISTENER.length)}`;
    if (Object.keys(settings).length > 0)
      nodes.push({ tech: 'aws-nlb', scope, settings, label: `AWS NLB listener for ${scope}` });
  }
  if (nodes.length === 0)
    nodes.push({ tech: 'aws-nlb', scope: base, settings: {}, label: `AWS NLB for ${base}` });
  return nodes;
}
