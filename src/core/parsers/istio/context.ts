import type { YAMLMap } from 'yaml';
import type { SettingInput, SettingScalar } from '../../model/chain';
import { parseDuration } from '../../model/duration';
import { unknownValue } from '../../model/value';
import { getEntry, scalarValue } from '../../source/yaml/entries';
import type { YamlIndex } from '../../source/yaml/walk';
import { isPlaceholder, type FileContext } from '../file-context';

/** The closed set of diagnostic codes of the Istio reader. */
export type IstioCode =
  | 'ISTIO_YAML_SYNTAX'
  | 'ISTIO_DUPLICATE_KEY'
  | 'ISTIO_INVALID_DURATION'
  | 'ISTIO_INVALID_COUNT'
  | 'ISTIO_TEMPLATE'
  | 'ISTIO_SUBSET_REPLACES_POOL'
  | 'ISTIO_PORT_REPLACES_POOL'
  | 'ISTIO_NOTHING_TO_READ'
  | 'ISTIO_INTERNAL_ERROR';

export interface IstioContext extends FileContext<IstioCode> {
  index: YamlIndex;
}

const TEMPLATE = 'filled in by a template or the environment, not set in the pasted files';

/** A Go-style duration (`30s`, `1h`, `1.5s`, `100ms`) as Istio's API takes it, in ms. */
function readGoDuration(raw: string): { ok: true; value: SettingScalar } | { ok: false } {
  if (isPlaceholder(raw)) return { ok: true, value: unknownValue(raw, TEMPLATE) };
  const r = parseDuration(raw, 'go');
  return r.ok && r.value !== null ? { ok: true, value: r.value } : { ok: false };
}

/**
 * Reads `field` of `map` (a Go duration or a whole count) into `settings[key]`, named in the
 * origin as `written`. Unreadable values are reported and left out (Istio rejects them).
 */
export function readIstioField(
  ctx: IstioContext,
  map: YAMLMap | undefined,
  field: string,
  key: string,
  kind: 'duration' | 'count',
  settings: Record<string, SettingInput>,
  written = field,
): void {
  const entry = getEntry(map, field, ctx.index);
  if (!entry) return;
  const raw = scalarValue(entry.node);
  const text = raw === null || raw === undefined ? '' : String(raw).trim();
  let value: SettingScalar | undefined;
  if (kind === 'duration') {
    const read = readGoDuration(text);
    if (read.ok) value = read.value;
    else
      ctx.report(
        'ISTIO_INVALID_DURATION',
        'error',
        `${field}: "${text.slice(0, 40)}" is not a duration (e.g. 30s, 1h, 500ms)`,
        entry.valueStart,
      );
  } else if (isPlaceholder(text)) value = unknownValue(text, TEMPLATE);
  else if (/^\d{1,10}$/.test(text)) value = Number(text);
  else
    ctx.report(
      'ISTIO_INVALID_COUNT',
      'error',
      `${field}: "${text.slice(0, 40)}" is not a whole number`,
      entry.valueStart,
    );
  if (value === undefined) return;
  if (typeof value === 'object' && value !== null)
    ctx.report(
      'ISTIO_TEMPLATE',
      'warning',
      `${field} is filled in by a template (${value.unknown}): its value is unknown here`,
      entry.valueStart,
    );
  settings[key] = ctx.setting(value, entry.keyStart, written);
}
