import type { YAMLMap } from 'yaml';
import type { SettingInput } from '../../model/chain';
import { getEntry, getMap, scalarText } from '../../source/yaml/entries';
import type { ExtractedNode } from '../types';
import { readCommonOptions, readField, type EnvoyContext } from './context';

const HTTP_OPTIONS = 'envoy.extensions.upstreams.http.v3.HttpProtocolOptions';

/**
 * A cluster's upstream pool settings (the client side of the Envoy that routes to it):
 * `typed_extension_protocol_options[HttpProtocolOptions].common_http_protocol_options`, else the
 * deprecated cluster-level `common_http_protocol_options` and `max_requests_per_connection`.
 */
export function readCluster(ctx: EnvoyContext, cluster: YAMLMap, ordinal: number): ExtractedNode {
  const name = scalarText(getEntry(cluster, 'name', ctx.index)?.node) ?? `#${ordinal + 1}`;
  const typed = getMap(cluster, ['typed_extension_protocol_options', HTTP_OPTIONS], ctx.index);
  const settings: Record<string, SettingInput> = {};
  const legacy: Record<string, SettingInput> = {};
  const legacyCommon = getEntry(cluster, 'common_http_protocol_options', ctx.index);
  readCommonOptions(
    ctx,
    getMap(cluster, ['common_http_protocol_options'], ctx.index),
    'upstream',
    legacy,
  );
  readField(
    ctx,
    cluster,
    'max_requests_per_connection',
    'upstream.max_requests_per_connection',
    'count',
    legacy,
  );
  if (typed) {
    readCommonOptions(
      ctx,
      getMap(typed, ['common_http_protocol_options'], ctx.index),
      'upstream',
      settings,
    );
    if (legacyCommon)
      ctx.report(
        'ENVOY_BOTH_OPTIONS',
        'warning',
        `cluster ${name} sets common_http_protocol_options both on the cluster (deprecated) and in typed_extension_protocol_options: keep one; read here from ${HTTP_OPTIONS}`,
        legacyCommon.keyStart,
      );
  }
  return {
    tech: 'envoy',
    scope: `cluster ${name}`,
    settings: { ...legacy, ...settings },
    label: `Envoy cluster ${name}`,
  };
}
