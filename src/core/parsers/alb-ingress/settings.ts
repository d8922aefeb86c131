import type { Position } from '../../source/line-index';
import type { Locate, ReportAt } from '../../source/diagnostic';
import type { SettingInput } from '../../model/chain';
import { parseAttributeList } from './attributes';
import type { YamlEntry } from '../../source/yaml/entries';
import { annotationText } from './manifests';
import { unknownValue, type UnknownValue } from '../../model/value';
import { writtenSetting } from '../written';

/** The closed set of diagnostic codes of this parser. */
export type AlbIngressCode =
  | 'ALB_INGRESS_YAML_SYNTAX'
  | 'ALB_INGRESS_BAD_ATTRIBUTE'
  | 'ALB_INGRESS_INVALID_VALUE'
  | 'ALB_INGRESS_TEMPLATE'
  | 'ALB_INGRESS_OUT_OF_RANGE'
  | 'ALB_INGRESS_DUPLICATE_ATTRIBUTE'
  | 'ALB_INGRESS_GROUP'
  | 'ALB_INGRESS_GROUP_CONFLICT'
  | 'ALB_INGRESS_NOT_ALB'
  | 'ALB_INGRESS_CLASSIC_ELB'
  | 'ALB_INGRESS_DUPLICATE_KEY'
  | 'ALB_INGRESS_NOT_MODELLED'
  | 'ALB_INGRESS_IGNORED_ANNOTATION'
  | 'ALB_INGRESS_INTERNAL_ERROR';

/** Reports at a file offset, or at a line/column already known (an origin). */
export type Report = ReportAt<AlbIngressCode, number | Position>;

export interface Context {
  text: string;
  file: string;
  locate: Locate;
  report: Report;
}

/** An attribute in whole seconds → a catalog key in ms, with the range AWS accepts. */
export interface SecondsAttribute {
  key: string;
  range: readonly [number, number];
}

/** Load balancer attributes (ELB API LoadBalancerAttribute). */
export const ALB_ATTRIBUTES: Readonly<Record<string, SecondsAttribute>> = {
  'idle_timeout.timeout_seconds': { key: 'idle_timeout.timeout_seconds', range: [1, 4000] },
  'client_keep_alive.seconds': { key: 'client_keep_alive.seconds', range: [60, 604800] },
};

/** NLB listener attributes (ELB API ListenerAttribute): 60–6000 s, TCP listeners only. */
export const NLB_LISTENER_ATTRIBUTES: Readonly<Record<string, SecondsAttribute>> = {
  'tcp.idle_timeout.seconds': { key: 'tcp.idle_timeout.seconds', range: [60, 6000] },
};

/** One attribute written somewhere: an annotation pair or an IngressClassParams entry. */
export interface WrittenAttribute {
  key: string;
  value: string;
  offset: number;
  /** The name as written at `offset` (the attribute key, or the annotation when not found). */
  setting: string;
}

/** The pairs of a `key=value,…` annotation, positioned inside the annotation where possible. */
export function readAnnotationPairs(
  name: string,
  annotation: YamlEntry,
  ctx: Context,
): WrittenAttribute[] {
  const value = annotationText(annotation);
  if (value === undefined) return [];
  const [start, end] = [annotation.valueStart, annotation.valueEnd];
  const list = parseAttributeList(value, ctx.text.slice(start, end), start);
  for (const m of list.malformed)
    ctx.report(
      'ALB_INGRESS_BAD_ATTRIBUTE',
      'warning',
      `"${m.text.replace(/\s+/g, ' ')}" is not key=value (a missing comma?)`,
      m.offset ?? annotation.keyStart,
    );
  return list.pairs.map((p) => ({
    key: p.key,
    value: p.value,
    offset: p.offset ?? annotation.keyStart,
    setting: p.offset === undefined ? name : p.key,
  }));
}

/** Converts the known attributes to settings (seconds → ms); later duplicates win with a warning. */
export function toSettings(
  written: readonly WrittenAttribute[],
  table: Readonly<Record<string, SecondsAttribute>>,
  ctx: Context,
): Record<string, SettingInput> {
  const settings: Record<string, SettingInput> = {};
  for (const w of written) {
    const def = table[w.key];
    if (!def) continue;
    if (settings[def.key])
      ctx.report(
        'ALB_INGRESS_DUPLICATE_ATTRIBUTE',
        'warning',
        `${w.key} is set twice; the controller keeps one of them`,
        w.offset,
      );
    const seconds = readSeconds(w, ctx);
    if (seconds === undefined) continue;
    if (typeof seconds !== 'number') {
      settings[def.key] = writtenSetting(seconds, ctx.file, ctx.locate(w.offset), w.setting);
      continue;
    }
    if (seconds < def.range[0] || seconds > def.range[1])
      ctx.report(
        'ALB_INGRESS_OUT_OF_RANGE',
        'warning',
        `${w.key}=${seconds}: AWS accepts ${def.range[0]}–${def.range[1]} seconds`,
        w.offset,
      );
    settings[def.key] = writtenSetting(seconds * 1000, ctx.file, ctx.locate(w.offset), w.setting);
  }
  return settings;
}

/** Whole seconds; a template placeholder is unknown (written, never the default). */
function readSeconds(w: WrittenAttribute, ctx: Context): number | UnknownValue | undefined {
  if (/^\d+$/.test(w.value) && Number.isSafeInteger(Number(w.value))) return Number(w.value);
  if (w.value.includes('{{') || w.value.includes('${')) {
    ctx.report(
      'ALB_INGRESS_TEMPLATE',
      'warning',
      `${w.key}=${w.value} is filled in by a template: its value is unknown here`,
      w.offset,
    );
    return unknownValue(w.value, 'a template placeholder filled in at deploy time');
  } else
    ctx.report(
      'ALB_INGRESS_INVALID_VALUE',
      'error',
      `${w.key}=${w.value} must be a whole number of seconds`,
      w.offset,
    );
  return undefined;
}
