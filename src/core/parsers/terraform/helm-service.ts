import { readServiceLoadBalancer, type ServiceLbContext } from '../alb-ingress/service-lb';
import {
  NLB_LISTENER_ATTRIBUTES,
  readAnnotationPairs,
  toSettings,
  type Context as AlbContext,
} from '../alb-ingress/settings';
import type { ExtractedNode } from '../types';
import type { HelmValues } from './helm-values';
import type { ReadContext } from './settings';

/**
 * The cloud load balancer in front of a helm_release's controller, from the
 * `controller.service.annotations` its values or `set`s give (NLB, Azure, GCP…): the node before
 * the controller, forwarding to it. Problems keep the Service reader's names, prefixed `TF_INGRESS_`.
 */
export function helmServiceBalancers(
  values: HelmValues,
  scope: string,
  controllerScope: string,
  at: number,
  ctx: ReadContext,
): ExtractedNode[] {
  if (values.annotations.size === 0) return [];
  const diagnose = ingressReporter(ctx);
  const alb = albContext(ctx);
  const lb: ServiceLbContext = {
    file: ctx.file,
    locate: ctx.locate,
    report: diagnose,
    readListener: (name, annotation) =>
      toSettings(readAnnotationPairs(name, annotation, alb), NLB_LISTENER_ATTRIBUTES, alb),
  };
  const nodes = readServiceLoadBalancer(
    { scope, annotations: values.annotations, loadBalancerClass: undefined, start: at },
    lb,
  );
  return nodes.map((n) => ({ ...n, upstreams: [controllerScope] }));
}

/** Reports a problem of the Kubernetes readers under this file, prefixed `TF_INGRESS_`. */
function ingressReporter(ctx: ReadContext) {
  return (
    code: string,
    severity: 'error' | 'warning' | 'info',
    message: string,
    where: number | { line: number; column: number },
  ) =>
    ctx.addDiagnostic({
      code: `TF_INGRESS_${code.replace('ALB_INGRESS_', '')}`,
      severity,
      message,
      ...(typeof where === 'number' ? ctx.locate(where) : where),
      file: ctx.file,
    });
}

/** The AWS Load Balancer Controller readers' context for annotations written in HCL. */
export function albContext(ctx: ReadContext): AlbContext {
  return { text: ctx.text, file: ctx.file, locate: ctx.locate, report: ingressReporter(ctx) };
}
