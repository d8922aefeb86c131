import type { YAMLMap } from 'yaml';
import type { SettingInput } from '../../model/chain';
import { asSeq, getEntry, getMap, getPath, scalarText } from '../../source/yaml/entries';
import type { EnvoyContext } from './context';
import { readField } from './context';

/** Where an HCM sends requests: clusters in route order, the catch-all route's first. */
export interface RouteTargets {
  clusters: string[];
  /** The retry policy of the route (or its virtual host) that sends to the first cluster. */
  retry: Record<string, SettingInput>;
}

const items = (ctx: EnvoyContext, node: unknown, path: string[]) =>
  asSeq(getPath(node, path, ctx.index), ctx.index)?.items ?? [];

/** A route whose match is `prefix: "/"` (or empty): it takes every request the others leave. */
function isCatchAll(ctx: EnvoyContext, route: YAMLMap): boolean {
  const match = getMap(route, ['match'], ctx.index);
  const prefix = scalarText(getEntry(match, 'prefix', ctx.index)?.node);
  const safeRegex = getEntry(match, 'safe_regex', ctx.index);
  const path = getEntry(match, 'path', ctx.index);
  return (prefix === '/' || prefix === '') && !safeRegex && !path;
}

function clustersOf(ctx: EnvoyContext, route: YAMLMap): string[] {
  const action = getMap(route, ['route'], ctx.index);
  const one = scalarText(getEntry(action, 'cluster', ctx.index)?.node);
  if (one !== undefined) return [one];
  return items(ctx, action, ['weighted_clusters', 'clusters']).flatMap((c) => {
    const name = scalarText(getEntry(getMap(c, [], ctx.index), 'name', ctx.index)?.node);
    return name === undefined ? [] : [name];
  });
}

function readRetry(ctx: EnvoyContext, policy: YAMLMap | undefined): Record<string, SettingInput> {
  const settings: Record<string, SettingInput> = {};
  const on = getEntry(policy, 'retry_on', ctx.index);
  const text = scalarText(on?.node);
  if (on && text !== undefined)
    settings['retry_policy.retry_on'] = ctx.setting(text, on.keyStart, 'retry_on');
  readField(ctx, policy, 'num_retries', 'retry_policy.num_retries', 'count', settings);
  return settings;
}

/**
 * The clusters an HCM's inline `route_config` routes to. With `rds` the routes live in a route
 * discovery service, not in this file: reported, and no cluster is paired.
 */
export function readRouteTargets(ctx: EnvoyContext, hcm: YAMLMap): RouteTargets {
  const rds = getEntry(hcm, 'rds', ctx.index);
  if (rds)
    ctx.report(
      'ENVOY_DYNAMIC_ROUTES',
      'info',
      'routes come from RDS (a route discovery service), not from this file: no cluster is paired with this listener',
      rds.keyStart,
    );
  const found: { cluster: string; catchAll: boolean; route: YAMLMap; host: YAMLMap }[] = [];
  for (const vh of items(ctx, hcm, ['route_config', 'virtual_hosts'])) {
    const host = getMap(vh, [], ctx.index);
    if (!host) continue;
    for (const r of items(ctx, host, ['routes'])) {
      const route = getMap(r, [], ctx.index);
      if (!route) continue;
      const catchAll = isCatchAll(ctx, route);
      for (const cluster of clustersOf(ctx, route)) found.push({ cluster, catchAll, route, host });
    }
  }
  const ordered = [...found.filter((f) => f.catchAll), ...found.filter((f) => !f.catchAll)];
  const first = ordered[0];
  const policy = first
    ? (getMap(first.route, ['route', 'retry_policy'], ctx.index) ??
      getMap(first.host, ['retry_policy'], ctx.index))
    : undefined;
  return {
    clusters: [...new Set(ordered.map((f) => f.cluster))],
    retry: policy ? readRetry(ctx, policy) : {},
  };
}
