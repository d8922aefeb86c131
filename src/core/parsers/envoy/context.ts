import type { SettingInput } from '../../model/chain';
import { getEntry, type YamlEntry } from '../../source/yaml/entries';
import type { YamlIndex } from '../../source/yaml/walk';
import type { YAMLMap } from 'yaml';
import type { FileContext } from '../file-context';
import { readCount, readProtoDuration } from './values';

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

type Kind = 'duration' | 'count';

/**
 * Reads `field` of `map` as a setting (a duration in ms or a count) into `settings[key]`.
 * Unreadable values are reported and left out: Envoy itself refuses such a config.
 */
export function readField(
  ctx: EnvoyContext,
  map: YAMLMap | undefined,
  field: string,
  key: string,
  kind: Kind,
  settings: Record<string, SettingInput>,
): YamlEntry | undefined {
  const entry = getEntry(map, field, ctx.index);
  if (!entry) return undefined;
  const read =
    kind === 'duration'
      ? readProtoDuration(entry.node, ctx.index)
      : readCount(entry.node, ctx.index);
  if (!read.ok) {
    ctx.report(
      kind === 'duration' ? 'ENVOY_INVALID_DURATION' : 'ENVOY_INVALID_COUNT',
      'error',
      `${field}: ${read.why}`,
      entry.valueStart,
    );
    return entry;
  }
  if (typeof read.value === 'object' && read.value !== null)
    ctx.report(
      'ENVOY_TEMPLATE',
      'warning',
      `${field} is filled in by a template (${read.value.unknown}): its value is unknown here`,
      entry.valueStart,
    );
  settings[key] = ctx.setting(read.value, entry.keyStart, field);
  return entry;
}
