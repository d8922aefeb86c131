import { getEntry, getMap, readEntries, scalarText } from '../../source/yaml/entries';
import type { YamlDocument } from '../../source/yaml/documents';
import type { YamlEntry } from '../../source/yaml/entries';
import type { KubeObject } from '../../source/yaml/kubernetes';
import { readServiceLoadBalancer, type ServiceLbContext } from '../alb-ingress/service-lb';
import {
  NLB_LISTENER_ATTRIBUTES,
  readAnnotationPairs,
  toSettings,
  type Context as AlbContext,
} from '../alb-ingress/settings';
import type { ExtractedNode } from '../types';
import type { IngressCode } from './values';
import { INGRESS_KEYS, findClosestKey } from './keys';
import type { ConfigSource } from './sources';
import { reportAt, type IngressContext } from './to-model';

const NGINX_ANNOTATION = 'nginx.ingress.kubernetes.io/';
/** ConfigMap-only settings: the controller has no per-Ingress annotation for them. */
const CONFIGMAP_ONLY = /^(keep-alive|keep-alive-requests|upstream-keepalive(-[a-z]+)?)$/;

const isControllerService = (o: KubeObject): boolean =>
  o.kind === 'Service' &&
  (/ingress-nginx|nginx-ingress/.test(o.name) ||
    /^(ingress-nginx|nginx-ingress)$/.test(
      scalarText(o.labels.get('app.kubernetes.io/name')?.node) ?? '',
    ));

function serviceContext(ctx: IngressContext): ServiceLbContext {
  return {
    file: ctx.file,
    locate: (offset) => ctx.lines.position(Math.max(0, Math.min(offset, ctx.length))),
    report: (code, severity, message, offset) =>
      reportAt(ctx, offset, `INGRESS_${code}`, severity, message),
    readListener: (name, annotation) => {
      const alb: AlbContext = {
        text: ctx.text,
        file: ctx.file,
        locate: (offset) => ctx.lines.position(Math.max(0, Math.min(offset, ctx.length))),
        report: (code, severity, message, at) => {
          const ours = code.replace('ALB_INGRESS_', 'INGRESS_') as IngressCode;
          if (typeof at === 'number') reportAt(ctx, at, ours, severity, message);
          else ctx.diagnostics.push({ code: ours, severity, message, ...at, file: ctx.file });
        },
      };
      return toSettings(readAnnotationPairs(name, annotation, alb), NLB_LISTENER_ATTRIBUTES, alb);
    },
  };
}

/**
 * The cloud load balancer in front of the controller: from the controller's Service in a
 * manifest, or Helm `controller.service.annotations`.
 */
export function readControllerServices(
  objects: readonly KubeObject[],
  sources: readonly ConfigSource[],
  ctx: IngressContext,
): ExtractedNode[] {
  const lb = serviceContext(ctx);
  const nodes: ExtractedNode[] = [];
  for (const o of objects.filter(isControllerService)) {
    const { index } = o.document;
    nodes.push(
      ...readServiceLoadBalancer(
        {
          scope: `service ${o.namespace ?? 'default'}/${o.name}`,
          annotations: o.annotations,
          loadBalancerClass: scalarText(
            getEntry(getMap(o.map, ['spec'], index), 'loadBalancerClass', index)?.node,
          ),
          start: o.start,
        },
        lb,
      ),
    );
  }
  for (const source of sources) {
    if (!source.service) continue;
    const { index } = source.document;
    const entries = readEntries(source.service.map, index);
    nodes.push(
      ...readServiceLoadBalancer(
        {
          scope: source.service.scope,
          annotations: new Map(entries.map((e) => [e.key, e])),
          loadBalancerClass: undefined,
          start: source.service.start,
        },
        lb,
      ),
    );
  }
  return nodes;
}

/**
 * Keep-alive annotations ingress-nginx does not have: the ConfigMap keys written as annotations
 * (`upstream-keepalive-timeout`, `keep-alive`) and look-alikes (`keepalive-timeout`,
 * `upstream-keep-alive-timeout`). The `auth-keepalive*` annotations exist (external-auth only).
 */
const isMissingAnnotation = (key: string): boolean =>
  CONFIGMAP_ONLY.test(key) || (/keep-?alive/i.test(key) && !AUTH_KEEPALIVE.test(key));
const AUTH_KEEPALIVE = /^auth-keepalive(-requests|-timeout|-share-vars)?$/;

/** Warns about each annotation of `annotations` that ingress-nginx does not have. */
function checkAnnotations(annotations: Iterable<[string, YamlEntry]>, ctx: IngressContext) {
  for (const [name, entry] of annotations) {
    if (!name.startsWith(NGINX_ANNOTATION)) continue;
    const key = name.slice(NGINX_ANNOTATION.length);
    if (!isMissingAnnotation(key)) continue;
    const configKey = Object.hasOwn(INGRESS_KEYS, key) ? key : findClosestKey(key);
    reportAt(
      ctx,
      entry.keyStart,
      'INGRESS_NO_SUCH_ANNOTATION',
      'warning',
      `ingress-nginx has no annotation ${name} and ignores it: set "${configKey}" in the controller's ConfigMap (Helm controller.config) instead`,
    );
  }
}

/**
 * Per-Ingress keep-alive annotations that do not exist, on Ingress objects and in an app chart's
 * values (`ingress.annotations`, also under a subchart key): say which ConfigMap key does the job.
 */
export function checkIngressAnnotations(
  objects: readonly KubeObject[],
  documents: readonly YamlDocument[],
  ctx: IngressContext,
) {
  for (const o of objects) if (o.kind === 'Ingress') checkAnnotations(o.annotations, ctx);
  for (const document of documents) {
    const { index } = document;
    const root = getMap(document.doc.contents, [], index);
    if (!root || getEntry(root, 'kind', index)) continue;
    const maps = [getMap(root, ['ingress', 'annotations'], index)];
    for (const e of readEntries(root, index))
      maps.push(getMap(e.node, ['ingress', 'annotations'], index));
    for (const map of maps)
      if (map)
        checkAnnotations(
          readEntries(map, index).map((e) => [e.key, e] as const),
          ctx,
        );
  }
}
