import {
  asSeq,
  getEntry,
  getMap,
  getPath,
  scalarText,
  type YamlEntry,
} from '../../source/yaml/entries';
import type { KubeObject } from '../../source/yaml/kubernetes';
import type { ExtractedNode } from '../types';
import { annotationText, specText } from './manifests';
import { readServiceLoadBalancer } from './service-lb';
import {
  ALB_ATTRIBUTES,
  NLB_LISTENER_ATTRIBUTES,
  readAnnotationPairs,
  toSettings,
  type Context,
  type WrittenAttribute,
} from './settings';

const ALB = 'alb.ingress.kubernetes.io/';
const OTHER_CONTROLLERS = /nginx|traefik|haproxy|kong|istio|contour|gce|cilium|envoy/i;

/** An Ingress served by an ALB, with its group (`alb.ingress.kubernetes.io/group.name`). */
export interface IngressNode {
  node: ExtractedNode;
  group: { name: string; offset: number } | undefined;
}

/** An Ingress handled by the AWS Load Balancer Controller → an `aws-alb` node; undefined otherwise. */
export function readIngress(o: KubeObject, ctx: Context): IngressNode | undefined {
  const className =
    specText(o, 'ingressClassName') ??
    annotationText(o.annotations.get('kubernetes.io/ingress.class'));
  return albIngress(
    { what: `Ingress ${o.name}`, scope: `ingress ${o.namespace ?? 'default'}/${o.name}` },
    className,
    o.annotations,
    o.start,
    ctx,
  );
}

/**
 * The ALB an ingress gets from its class and `alb.ingress.kubernetes.io/*` annotations (an Ingress
 * object, or an app chart's `ingress:` values); undefined when another controller serves it.
 */
export function albIngress(
  name: { what: string; scope: string },
  className: string | undefined,
  annotations: ReadonlyMap<string, YamlEntry>,
  start: number,
  ctx: Context,
): IngressNode | undefined {
  const albAnnotations = [...annotations.keys()].filter((k) => k.startsWith(ALB));
  if (className !== 'alb' && albAnnotations.length === 0) return undefined;
  if (className !== undefined && className !== 'alb' && OTHER_CONTROLLERS.test(className)) {
    ctx.report(
      'ALB_INGRESS_NOT_ALB',
      'info',
      `${name.what} uses class "${className}": its alb.ingress.kubernetes.io annotations are ignored`,
      start,
    );
    return undefined;
  }
  const attrs = annotations.get(`${ALB}load-balancer-attributes`);
  const written = attrs ? readAnnotationPairs(`${ALB}load-balancer-attributes`, attrs, ctx) : [];
  const { scope } = name;
  const group = annotations.get(`${ALB}group.name`);
  return {
    node: {
      tech: 'aws-alb',
      scope,
      settings: toSettings(written, ALB_ATTRIBUTES, ctx),
      label: `AWS ALB for ${scope}`,
    },
    group: annotationText(group)
      ? { name: annotationText(group) ?? '', offset: group?.keyStart ?? 0 }
      : undefined,
  };
}

/** `IngressClassParams.spec.loadBalancerAttributes: [{key, value}]` → an `aws-alb` node. */
export function readIngressClassParams(o: KubeObject, ctx: Context): ExtractedNode {
  const { index } = o.document;
  const list = asSeq(getPath(o.map, ['spec', 'loadBalancerAttributes'], index), index);
  const written: WrittenAttribute[] = [];
  for (const item of list?.items ?? []) {
    const map = getMap(item, [], index);
    const keyEntry = getEntry(map, 'key', index);
    const key = scalarText(keyEntry?.node);
    if (!keyEntry || key === undefined) continue;
    written.push({
      key,
      value: scalarText(getEntry(map, 'value', index)?.node) ?? '',
      offset: keyEntry.valueStart,
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

/** A `type: LoadBalancer` Service → the cloud load balancer's nodes (see service-lb.ts). */
export function readService(o: KubeObject, ctx: Context): ExtractedNode[] {
  return readServiceLoadBalancer(
    {
      scope: `service ${o.namespace ?? 'default'}/${o.name}`,
      annotations: o.annotations,
      loadBalancerClass: specText(o, 'loadBalancerClass'),
      start: o.start,
    },
    {
      file: ctx.file,
      locate: ctx.locate,
      report: (code, severity, message, offset) =>
        ctx.report(`ALB_INGRESS_${code}`, severity, message, offset),
      readListener: (name, annotation) =>
        toSettings(readAnnotationPairs(name, annotation, ctx), NLB_LISTENER_ATTRIBUTES, ctx),
    },
  );
}
