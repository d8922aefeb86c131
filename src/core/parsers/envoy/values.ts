import type { YAMLMap } from 'yaml';
import type { SettingInput, SettingScalar } from '../../model/chain';
import { unknownValue } from '../../model/value';
import { getEntry, scalarValue, type YamlEntry } from '../../source/yaml/entries';
import type { YamlIndex } from '../../source/yaml/walk';
import { asMap } from '../../source/yaml/entries';
import { isPlaceholder, type FileContext } from '../file-context';

/** A value as Envoy reads it, or why it cannot be read. */
export type EnvoyValue = { ok: true; value: SettingScalar } | { ok: false; why: string };

const TEMPLATE = 'filled in by a template or the environment, not set in the pasted files';

/**
 * A `google.protobuf.Duration` as Envoy's YAML/JSON loader takes it, in ms: the JSON form
 * `"3600s"` / `"0.5s"` (seconds with up to 9 fractional digits and the `s` suffix, nothing else:
 * `5m` is refused at startup), or the message form `{seconds: 3600, nanos: 0}`.
 */
export function readProtoDuration(node: unknown, index: YamlIndex): EnvoyValue {
  const map = asMap(node, index);
  if (map) {
    const s = scalarValue(getEntry(map, 'seconds', index)?.node);
    const n = scalarValue(getEntry(map, 'nanos', index)?.node);
    const sec = s === null || s === undefined ? 0 : Number(s);
    const nanos = n === null || n === undefined ? 0 : Number(n);
    if (!Number.isFinite(sec) || !Number.isFinite(nanos) || sec < 0 || nanos < 0)
      return { ok: false, why: 'seconds and nanos must be non-negative numbers' };
    return { ok: true, value: sec * 1000 + Math.round(nanos / 1e6) };
  }
  const raw = scalarValue(node);
  if (raw === null || raw === undefined || typeof raw === 'boolean')
    return { ok: false, why: 'a duration is written "<seconds>s", e.g. "300s"' };
  const text = String(raw).trim();
  if (isPlaceholder(text)) return { ok: true, value: unknownValue(text, TEMPLATE) };
  const m = /^(\d{1,12})(?:\.(\d{1,9}))?s$/.exec(text);
  if (!m)
    return {
      ok: false,
      why: `"${text.slice(0, 40)}" is not a protobuf duration: Envoy takes seconds with an "s" suffix ("300s", "0.5s")`,
    };
  const fraction = Number(`0.${m[2] ?? '0'}`);
  return { ok: true, value: Math.round((Number(m[1]) + fraction) * 1000) };
}

/** A `google.protobuf.UInt32Value` count (`max_requests_per_connection: 1`). */
export function readCount(node: unknown, index: YamlIndex): EnvoyValue {
  const map = asMap(node, index);
  const raw = scalarValue(map ? getEntry(map, 'value', index)?.node : node);
  if (raw === null || raw === undefined || typeof raw === 'boolean')
    return { ok: false, why: 'a whole number is expected' };
  const text = String(raw).trim();
  if (isPlaceholder(text)) return { ok: true, value: unknownValue(text, TEMPLATE) };
  if (!/^\d{1,10}$/.test(text))
    return { ok: false, why: `"${text.slice(0, 40)}" is not a whole number` };
  return { ok: true, value: Number(text) };
}

/** The codes a reader files for an Envoy field it cannot read or cannot know. */
export interface EnvoyFieldCodes<C extends string> {
  duration: C;
  count: C;
  template: C;
}

/**
 * Reads Envoy field `field` of `map` (a protobuf duration in ms, or a count) as a setting named
 * `field` at its key. Unreadable values are reported and give no setting: Envoy refuses them.
 */
export function readEnvoyField<C extends string>(
  ctx: FileContext<C> & { index: YamlIndex },
  codes: EnvoyFieldCodes<C>,
  map: YAMLMap | undefined,
  field: string,
  kind: 'duration' | 'count',
): { entry: YamlEntry; setting?: SettingInput } | undefined {
  const entry = getEntry(map, field, ctx.index);
  if (!entry) return undefined;
  const read =
    kind === 'duration'
      ? readProtoDuration(entry.node, ctx.index)
      : readCount(entry.node, ctx.index);
  if (!read.ok) {
    ctx.report(codes[kind], 'error', `${field}: ${read.why}`, entry.valueStart);
    return { entry };
  }
  if (typeof read.value === 'object' && read.value !== null)
    ctx.report(
      codes.template,
      'warning',
      `${field} is filled in by a template (${read.value.unknown}): its value is unknown here`,
      entry.valueStart,
    );
  return { entry, setting: ctx.setting(read.value, entry.keyStart, field) };
}
