import type { YAMLMap } from 'yaml';
import type { SettingInput } from '../../model/chain';
import { asSeq, getEntry, getMap, getPath, scalarText } from '../../source/yaml/entries';
import type { ExtractedNode } from '../types';
import { readCommonOptions, readField, type EnvoyContext } from './context';
import { readRouteTargets } from './routes';

const items = (ctx: EnvoyContext, node: unknown, path: string[]) =>
  asSeq(getPath(node, path, ctx.index), ctx.index)?.items ?? [];

/** The HTTP connection manager's config of a network filter, if the filter is one. */
function hcmOf(ctx: EnvoyContext, filter: YAMLMap): YAMLMap | undefined {
  const name = scalarText(getEntry(filter, 'name', ctx.index)?.node) ?? '';
  // v3 `typed_config`; v2 bootstraps wrote `config`.
  const config =
    getMap(filter, ['typed_config'], ctx.index) ?? getMap(filter, ['config'], ctx.index);
  const type = scalarText(getEntry(config, '@type', ctx.index)?.node) ?? '';
  const isHcm = type.endsWith('.HttpConnectionManager') || name.endsWith('http_connection_manager');
  return isHcm ? config : undefined;
}

/** Downstream settings of one HCM (the listener's server side), by catalog key. */
function readHcmSettings(ctx: EnvoyContext, hcm: YAMLMap): Record<string, SettingInput> {
  const settings: Record<string, SettingInput> = {};
  const common = getMap(hcm, ['common_http_protocol_options'], ctx.index);
  readCommonOptions(ctx, common, 'downstream', settings);
  readField(ctx, hcm, 'stream_idle_timeout', 'stream_idle_timeout', 'duration', settings);
  readField(ctx, hcm, 'request_timeout', 'request_timeout', 'duration', settings);
  return settings;
}

/**
 * One node per HTTP connection manager of a listener (`listener ingress`, then
 * `listener ingress #2` for further filter chains): its downstream settings, the retry policy of
 * the route that takes most requests, and the clusters its routes send to (`cluster <name>`).
 */
export function readListener(
  ctx: EnvoyContext,
  listener: YAMLMap,
  ordinal: number,
): ExtractedNode[] {
  const name = scalarText(getEntry(listener, 'name', ctx.index)?.node) ?? `#${ordinal + 1}`;
  const nodes: ExtractedNode[] = [];
  for (const chain of items(ctx, listener, ['filter_chains'])) {
    for (const f of items(ctx, chain, ['filters'])) {
      const filter = getMap(f, [], ctx.index);
      const hcm = filter && hcmOf(ctx, filter);
      if (!hcm) continue;
      const targets = readRouteTargets(ctx, hcm);
      const scope =
        nodes.length === 0 ? `listener ${name}` : `listener ${name} #${nodes.length + 1}`;
      nodes.push({
        tech: 'envoy',
        scope,
        settings: { ...readHcmSettings(ctx, hcm), ...targets.retry },
        ...(targets.clusters.length > 0
          ? { upstreams: targets.clusters.map((c) => `cluster ${c}`) }
          : {}),
        label: `Envoy ${scope}`,
      });
    }
  }
  return nodes;
}
