import type { ExtractedNode } from '../types';
import { CONFIG_MAP_TYPES, extractConfigMap, mergeConfigMapPatches } from './config-map';
import { extractHelmRelease } from './helm-release';
import { forEachInstances } from './for-each';
import { extractKubernetesIngress, INGRESS_TYPES } from './kubernetes-ingress';
import { extractListener } from './listeners';
import { extractLoadBalancer, LB_TYPES, type LbKind } from './load-balancers';
import { extractAlbModule } from './modules';
import { readArgument, readSeconds, type ReadContext, type SecondsRule } from './settings';
import type { Block, Body } from './tree';

/** CloudFront custom/VPC origin arguments → OriginKeepaliveTimeout / OriginReadTimeout. */
const CLOUDFRONT_ORIGIN_RULES: readonly SecondsRule[] = [
  { attribute: 'origin_keepalive_timeout', key: 'OriginKeepaliveTimeout' },
  { attribute: 'origin_read_timeout', key: 'OriginReadTimeout' },
];

/**
 * Nodes from a Terraform file: `aws_lb`/`aws_alb` (ALB → aws-alb, NLB → aws-nlb), NLB listeners
 * with a TCP idle timeout, CloudFront custom origins, the common ALB modules, `helm_release`s
 * of ingress-nginx, and `kubernetes_ingress_v1`s the AWS Load Balancer Controller serves. Load balancers are read first, so a listener knows its load balancer's type
 * wherever it is written. A block that fails is reported and the others are still read.
 */
export function extractTerraform(body: Body, ctx: ReadContext): ExtractedNode[] {
  // Nodes per block, flattened in file order at the end.
  const perBlock: ExtractedNode[][] = body.blocks.map(() => []);
  const lbKinds = new Map<string, LbKind>();
  const listenerTargets = new Set<string>();
  const instancesOf = new Map<string, string[]>();
  const configMaps: ExtractedNode[] = [];
  body.blocks.forEach((block, i) =>
    guard(block, ctx, () => {
      const [type = '', name = ''] = block.labels;
      const nodes = perBlock[i] ?? [];
      const instances = block.type === 'resource' ? forEachInstances(block, ctx) : undefined;
      if (block.type === 'resource' && LB_TYPES.has(type) && instances) {
        instancesOf.set(
          `${type}.${name}`,
          instances.map((one) => one.key),
        );
        for (const { key, block: one } of instances) {
          const scope = `${type}.${name}["${key}"]`;
          lbKinds.set(scope, extractLoadBalancer(one, scope, ctx, nodes));
        }
      } else if (block.type === 'resource' && LB_TYPES.has(type))
        lbKinds.set(`${type}.${name}`, extractLoadBalancer(block, `${type}.${name}`, ctx, nodes));
      else if (block.type === 'module') extractAlbModule(block, ctx, nodes);
    }),
  );
  body.blocks.forEach((block, i) =>
    guard(block, ctx, () => {
      const [type = '', name = ''] = block.labels;
      const nodes = perBlock[i] ?? [];
      if (block.type !== 'resource') return;
      if (type === 'aws_lb_listener') {
        const instances = forEachInstances(block, ctx, instancesOf);
        const each = instances
          ? instances.map((one) => ({ scope: `${type}.${name}["${one.key}"]`, block: one.block }))
          : [{ scope: `${type}.${name}`, block }];
        for (const one of each) {
          const found = extractListener(one.block, one.scope, ctx, lbKinds);
          if (found) nodes.push(found.node);
          if (found?.target) listenerTargets.add(found.target);
        }
      } else if (type === 'aws_cloudfront_distribution')
        for (const n of extractCloudFront(block, `${type}.${name}`, ctx)) nodes.push(n);
      else if (INGRESS_TYPES.has(type)) {
        const found = extractKubernetesIngress(block, ctx);
        if (found) nodes.push(found);
      } else if (type === 'helm_release')
        for (const n of extractHelmRelease(block, ctx) ?? []) nodes.push(n);
      else if (CONFIG_MAP_TYPES.has(type)) {
        const found = extractConfigMap(block, ctx);
        if (found) configMaps.push(found);
      } else if (type === 'aws_elb')
        ctx.report(
          'TF_CLASSIC_ELB',
          'info',
          `${type}.${name} is a Classic Load Balancer: not modelled yet`,
          block.typeStart,
        );
    }),
  );
  // An NLB whose listeners set their own idle timeout is represented by those listeners.
  const nodes = perBlock
    .flat()
    .filter(
      (n) =>
        !(n.tech === 'aws-nlb' && listenerTargets.has(n.scope) && lbKinds.get(n.scope) === 'nlb'),
    );
  return frontController(mergeConfigMapPatches(nodes, configMaps));
}

/**
 * A file that creates a load balancer and installs one ingress-nginx controller (an EKS ingress
 * stack): the load balancer is taken to front the controller, so the file's path runs through
 * both (the pairing note names it) instead of dropping the controller.
 */
function frontController(nodes: ExtractedNode[]): ExtractedNode[] {
  const controllers = nodes.filter((n) => n.tech === 'ingress-nginx');
  const [controller] = controllers;
  if (controllers.length !== 1 || !controller) return nodes;
  return nodes.map((n) =>
    (n.tech === 'aws-alb' || n.tech === 'aws-nlb') && n.upstreams === undefined
      ? { ...n, upstreams: [controller.scope] }
      : n,
  );
}

function guard(block: Block, ctx: ReadContext, read: () => void) {
  try {
    read();
  } catch (e) {
    ctx.report(
      'TF_INTERNAL_ERROR',
      'error',
      `${block.type} ${block.labels.join('.')}: not read (${String(e).slice(0, 120)})`,
      block.typeStart,
    );
  }
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
