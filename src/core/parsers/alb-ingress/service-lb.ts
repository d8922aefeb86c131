import type { Locate } from '../../source/diagnostic';
import type { SettingInput } from '../../model/chain';
import type { Severity } from '../../source/diagnostic';
import type { YamlEntry } from '../../source/yaml/entries';
import type { ExtractedNode } from '../types';
import { readAzure } from './service-azure';

/**
 * The cloud load balancer a `type: LoadBalancer` Service gets, read from its annotations: the
 * node in front of whatever the Service selects (an ingress-nginx controller, an app). Shared by
 * the ALB-annotations parser (Services on their own) and ingress-nginx (the controller's Service,
 * also as Helm `controller.service.annotations`).
 */

const SVC = 'service.beta.kubernetes.io/';
const LISTENER = `${SVC}aws-load-balancer-listener-attributes.`;

/** Problems, named by each parser with its own prefix (`INGRESS_`, `ALB_INGRESS_`). */
export type ServiceLbCode =
  'CLASSIC_ELB' | 'NOT_MODELLED' | 'IGNORED_ANNOTATION' | 'INVALID_VALUE' | 'TEMPLATE';

export interface ServiceLbContext {
  file: string;
  locate: Locate;
  report: (code: ServiceLbCode, severity: Severity, message: string, offset: number) => void;
  /** NLB listener attributes (`TCP-443: tcp.idle_timeout.seconds=…`), read by the ALB parser. */
  readListener: (name: string, annotation: YamlEntry) => Record<string, SettingInput>;
}

export interface ServiceInput {
  /** `service ns/name` or `helm controller.service`. */
  scope: string;
  annotations: ReadonlyMap<string, YamlEntry>;
  loadBalancerClass: string | undefined;
  /** Where the Service starts, for notes about it as a whole. */
  start: number;
}

const text = (e: YamlEntry | undefined) =>
  e?.value === null || e?.value === undefined ? undefined : String(e.value);

/** True when the annotations choose a cloud load balancer this module knows about. */
export const hasCloudLbAnnotations = (annotations: ReadonlyMap<string, YamlEntry>): boolean =>
  [...annotations.keys()].some(
    (k) =>
      k.startsWith(`${SVC}aws-load-balancer-`) ||
      k.startsWith(`${SVC}azure-load-balancer-`) ||
      k.startsWith('cloud.google.com/') ||
      k.startsWith('networking.gke.io/'),
  );

/** The load balancer nodes of one Service; none when it names no cloud load balancer. */
export function readServiceLoadBalancer(s: ServiceInput, ctx: ServiceLbContext): ExtractedNode[] {
  const a = s.annotations;
  const awsType = text(a.get(`${SVC}aws-load-balancer-type`));
  const idle = a.get(`${SVC}aws-load-balancer-connection-idle-timeout`);
  const isNlb =
    awsType === 'external' ||
    awsType === 'nlb' ||
    awsType === 'nlb-ip' ||
    s.loadBalancerClass === 'service.k8s.aws/nlb';
  if (isNlb) {
    if (idle)
      ctx.report(
        'IGNORED_ANNOTATION',
        'info',
        'aws-load-balancer-connection-idle-timeout applies to Classic ELBs only; an NLB keeps 350 s per TCP listener unless a listener attribute sets tcp.idle_timeout.seconds',
        idle.keyStart,
      );
    const nodes: ExtractedNode[] = [];
    for (const [name, annotation] of a) {
      if (!name.startsWith(LISTENER)) continue;
      const settings = ctx.readListener(name, annotation);
      const scope = `${s.scope} ${name.slice(LISTENER.length)}`;
      if (Object.keys(settings).length > 0)
        nodes.push({ tech: 'aws-nlb', scope, settings, label: `AWS NLB listener for ${scope}` });
    }
    if (nodes.length === 0)
      nodes.push({
        tech: 'aws-nlb',
        scope: s.scope,
        settings: {},
        label: `AWS NLB for ${s.scope}`,
      });
    return nodes;
  }
  if (idle)
    ctx.report(
      'CLASSIC_ELB',
      'info',
      `aws-load-balancer-connection-idle-timeout = ${text(idle) ?? '?'} s: without aws-load-balancer-type the in-tree cloud provider makes a Classic ELB, which the catalog does not model yet`,
      idle.keyStart,
    );
  const azure = readAzure(s, ctx);
  if (azure) return [azure];
  const gcp = [...a.keys()].find(
    (k) => k.startsWith('cloud.google.com/') || k.startsWith('networking.gke.io/'),
  );
  if (gcp)
    ctx.report(
      'NOT_MODELLED',
      'info',
      'a GKE LoadBalancer Service is a passthrough Network Load Balancer, which the catalog does not model (no HTTP keep-alive of its own)',
      a.get(gcp)?.keyStart ?? s.start,
    );
  return [];
}
