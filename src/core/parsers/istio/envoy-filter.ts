import type { YAMLMap } from 'yaml';
import type { SettingInput } from '../../model/chain';
import { asSeq, getEntry, getMap, getPath, scalarText } from '../../source/yaml/entries';
import type { KubeObject } from '../../source/yaml/kubernetes';
import { readEnvoyField } from '../envoy/values';
import type { ExtractedNode } from '../types';
import type { IstioContext } from './context';

const HTTP_OPTIONS = 'envoy.extensions.upstreams.http.v3.HttpProtocolOptions';

/** Where a patch's idle settings land: the HCM (server side) or a cluster (the pool). */
interface Target {
  common: YAMLMap | undefined;
  idleKey: string;
  requestsKey: string;
  /** The cluster's deprecated `max_requests_per_connection`, or the HCM's none. */
  legacyRequests?: YAMLMap | undefined;
}

function targetOf(
  ctx: IstioContext,
  applyTo: string,
  value: YAMLMap | undefined,
): Target | undefined {
  if (applyTo === 'NETWORK_FILTER' || applyTo === 'HTTP_CONNECTION_MANAGER') {
    const hcm = getMap(value, ['typed_config'], ctx.index) ?? value;
    return {
      common: getMap(hcm, ['common_http_protocol_options'], ctx.index),
      idleKey: 'proxyMetadata.ISTIO_META_IDLE_TIMEOUT',
      requestsKey: '',
    };
  }
  if (applyTo === 'CLUSTER')
    return {
      common:
        getMap(
          value,
          ['typed_extension_protocol_options', HTTP_OPTIONS, 'common_http_protocol_options'],
          ctx.index,
        ) ?? getMap(value, ['common_http_protocol_options'], ctx.index),
      idleKey: 'connectionPool.http.idleTimeout',
      requestsKey: 'connectionPool.http.maxRequestsPerConnection',
      legacyRequests: value,
    };
  return undefined;
}

const CODES = {
  duration: 'ISTIO_INVALID_DURATION',
  count: 'ISTIO_INVALID_COUNT',
  template: 'ISTIO_TEMPLATE',
} as const;

function readPatch(ctx: IstioContext, t: Target, settings: Record<string, SettingInput>) {
  const fields: [YAMLMap | undefined, string, string, 'duration' | 'count'][] = [
    [t.common, 'idle_timeout', t.idleKey, 'duration'],
    [t.common, 'max_requests_per_connection', t.requestsKey, 'count'],
    [t.legacyRequests, 'max_requests_per_connection', t.requestsKey, 'count'],
  ];
  for (const [map, field, key, kind] of fields) {
    if (key === '') continue;
    const read = readEnvoyField(ctx, CODES, map, field, kind);
    if (read?.setting) settings[key] ??= read.setting;
  }
}

/** `SIDECAR_INBOUND` → inbound, `SIDECAR_OUTBOUND` → outbound; gateways and ANY say nothing. */
const DIRECTION: Record<string, string> = {
  SIDECAR_INBOUND: 'inbound',
  SIDECAR_OUTBOUND: 'outbound',
};

/**
 * An EnvoyFilter whose patches set Envoy idle timeouts: an HCM patch sets the sidecar's
 * downstream idle timeout (server side), a CLUSTER patch its pool's (client side). One node.
 */
export function readEnvoyFilter(ctx: IstioContext, o: KubeObject): ExtractedNode | undefined {
  const settings: Record<string, SettingInput> = {};
  const patches =
    asSeq(getPath(o.map, ['spec', 'configPatches'], ctx.index), ctx.index)?.items ?? [];
  for (const item of patches) {
    const patch = getMap(item, [], ctx.index);
    const applyToEntry = getEntry(patch, 'applyTo', ctx.index);
    const target = targetOf(
      ctx,
      scalarText(applyToEntry?.node) ?? '',
      getMap(patch, ['patch', 'value'], ctx.index),
    );
    if (!target) continue;
    const before = Object.keys(settings).length;
    readPatch(ctx, target, settings);
    const contextEntry = getEntry(getMap(patch, ['match'], ctx.index), 'context', ctx.index);
    const direction = DIRECTION[scalarText(contextEntry?.node) ?? ''];
    if (
      contextEntry &&
      direction &&
      Object.keys(settings).length > before &&
      !settings['direction']
    )
      settings['direction'] = ctx.setting(direction, contextEntry.keyStart, 'context');
  }
  if (Object.keys(settings).length === 0) return undefined;
  const scope = `EnvoyFilter ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
  return { tech: 'istio-sidecar', scope, settings, label: `Istio ${scope}` };
}
