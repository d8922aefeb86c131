import type { SettingInput } from '../../model/chain';
import type { YamlEntry } from '../../source/yaml/entries';
import type { YamlIndex } from '../../source/yaml/walk';
import type { YAMLMap } from 'yaml';
import type { FileContext } from '../file-context';
import { readEnvoyField } from './values';

/** The closed set of diagnostic codes of the Envoy reader. */
export type EnvoyCode =
  | 'ENVOY_YAML_SYNTAX'
  | 'ENVOY_DUPLICATE_KEY'
  | 'ENVOY_INVALID_DURATION'
  | 'ENVOY_INVALID_COUNT'
  | 'ENVOY_TEMPLATE'
  | 'ENVOY_DYNAMIC_ROUTES'
  | 'ENVOY_CLUSTER_NOT_FOUND'
  | 'ENVOY_BOTH_OPTIONS'
  | 'ENVOY_NO_RESOURCES'
  | 'ENVOY_INTERNAL_ERROR';

export interface EnvoyContext extends FileContext<EnvoyCode> {
  index: YamlIndex;
}

const CODES = {
  duration: 'ENVOY_INVALID_DURATION',
  count: 'ENVOY_INVALID_COUNT',
  template: 'ENVOY_TEMPLATE',
} as const;

/**
 * Reads `field` of `map` as a setting (a duration in ms or a count) into `settings[key]`.
 * Unreadable values are reported and left out: Envoy itself refuses such a config.
 */
export function readField(
  ctx: EnvoyContext,
  map: YAMLMap | undefined,
  field: string,
  key: string,
  kind: 'duration' | 'count',
  settings: Record<string, SettingInput>,
): YamlEntry | undefined {
  const read = readEnvoyField(ctx, CODES, map, field, kind);
  if (read?.setting) settings[key] = read.setting;
  return read?.entry;
}

/**
 * `HttpProtocolOptions` (`common_http_protocol_options`) of an HCM (`downstream.*` keys) or of a
 * cluster (`upstream.*`): idle_timeout, max_connection_duration, max_requests_per_connection.
 */
export function readCommonOptions(
  ctx: EnvoyContext,
  common: YAMLMap | undefined,
  side: 'downstream' | 'upstream',
  settings: Record<string, SettingInput>,
): void {
  readField(ctx, common, 'idle_timeout', `${side}.idle_timeout`, 'duration', settings);
  const age = 'max_connection_duration';
  readField(ctx, common, age, `${side}.${age}`, 'duration', settings);
  const requests = 'max_requests_per_connection';
  readField(ctx, common, requests, `${side}.${requests}`, 'count', settings);
}
