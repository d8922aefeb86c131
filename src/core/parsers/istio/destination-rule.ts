import type { YAMLMap } from 'yaml';
import type { SettingInput } from '../../model/chain';
import { asSeq, getEntry, getMap, getPath, scalarText } from '../../source/yaml/entries';
import type { KubeObject } from '../../source/yaml/kubernetes';
import type { ExtractedNode } from '../types';
import { readIstioField, type IstioContext } from './context';

/** The pool settings of one `connectionPool`, by catalog key. */
function readPool(ctx: IstioContext, pool: YAMLMap | undefined): Record<string, SettingInput> {
  const settings: Record<string, SettingInput> = {};
  const http = getMap(pool, ['http'], ctx.index);
  const tcp = getMap(pool, ['tcp'], ctx.index);
  readIstioField(ctx, http, 'idleTimeout', 'connectionPool.http.idleTimeout', 'duration', settings);
  readIstioField(
    ctx,
    http,
    'maxRequestsPerConnection',
    'connectionPool.http.maxRequestsPerConnection',
    'count',
    settings,
  );
  readIstioField(
    ctx,
    tcp,
    'maxConnectionDuration',
    'connectionPool.tcp.maxConnectionDuration',
    'duration',
    settings,
  );
  readIstioField(ctx, tcp, 'idleTimeout', 'connectionPool.tcp.idleTimeout', 'duration', settings);
  return settings;
}

const seq = (ctx: IstioContext, node: unknown, key: string): YAMLMap[] =>
  (asSeq(getPath(node, [key], ctx.index), ctx.index)?.items ?? []).flatMap(
    (i) => getMap(i, [], ctx.index) ?? [],
  );

function portOf(ctx: IstioContext, setting: YAMLMap): string {
  const port = getMap(setting, ['port'], ctx.index);
  return (
    scalarText(getEntry(port, 'number', ctx.index)?.node) ??
    scalarText(getEntry(port, 'name', ctx.index)?.node) ??
    '?'
  );
}

/**
 * A policy's port-level settings: each port's `connectionPool` replaces the policy's whole pool
 * (istio pilot MergeSubsetTrafficPolicy: "default values will be applied to fields omitted in
 * port-level traffic policies"), so a port node carries only what its own entry writes.
 */
function readPorts(
  ctx: IstioContext,
  policy: YAMLMap | undefined,
  scope: string,
  inherited: boolean,
): ExtractedNode[] {
  return seq(ctx, policy, 'portLevelSettings').map((p) => {
    const settings = readPool(ctx, getMap(p, ['connectionPool'], ctx.index));
    if (inherited && Object.keys(settings).length === 0)
      ctx.report(
        'ISTIO_PORT_REPLACES_POOL',
        'info',
        `port ${portOf(ctx, p)}: port-level settings replace the whole connectionPool; the values above are not inherited`,
        p.range?.[0] ?? 0,
      );
    return {
      tech: 'istio-sidecar',
      scope: `${scope} port ${portOf(ctx, p)}`,
      settings,
      label: `Istio ${scope} port ${portOf(ctx, p)}`,
    };
  });
}

/**
 * A DestinationRule: one node for the host's policy (the client side of the calling sidecar),
 * one per subset (its `connectionPool` replaces the host's whole pool, else inherits it) and per
 * port-level setting.
 */
export function readDestinationRule(ctx: IstioContext, o: KubeObject): ExtractedNode[] {
  const spec = getMap(o.map, ['spec'], ctx.index);
  const host = scalarText(getEntry(spec, 'host', ctx.index)?.node) ?? '?';
  const scope = `DestinationRule ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
  const policy = getMap(spec, ['trafficPolicy'], ctx.index);
  const top = readPool(ctx, getMap(policy, ['connectionPool'], ctx.index));
  const inherited = Object.keys(top).length > 0;
  const nodes: ExtractedNode[] = [
    { tech: 'istio-sidecar', scope, settings: top, label: `Istio ${scope} (${host})` },
    ...readPorts(ctx, policy, scope, inherited),
  ];
  for (const subset of seq(ctx, spec, 'subsets')) {
    const name = scalarText(getEntry(subset, 'name', ctx.index)?.node) ?? '?';
    const subPolicy = getMap(subset, ['trafficPolicy'], ctx.index);
    const pool = getEntry(subPolicy, 'connectionPool', ctx.index);
    const own = readPool(ctx, getMap(subPolicy, ['connectionPool'], ctx.index));
    const lost = pool ? Object.keys(top).filter((k) => !(k in own)) : [];
    if (pool && lost.length > 0)
      ctx.report(
        'ISTIO_SUBSET_REPLACES_POOL',
        'info',
        `subset ${name}: its connectionPool replaces the host's, so ${lost.join(', ')} fall back to the defaults (not inherited)`,
        pool.keyStart,
      );
    const subScope = `${scope} subset ${name}`;
    nodes.push({
      tech: 'istio-sidecar',
      scope: subScope,
      settings: pool ? own : { ...top },
      label: `Istio ${subScope}`,
    });
    nodes.push(...readPorts(ctx, subPolicy, subScope, inherited || Object.keys(own).length > 0));
  }
  return nodes;
}
