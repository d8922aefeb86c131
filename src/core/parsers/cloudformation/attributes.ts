import { isScalar, type Scalar } from 'yaml';
import type { SettingInput } from '../../model/chain';
import { isUnknownValue, unknownValue } from '../../model/value';
import { asSeq, getEntry, getMap } from '../../source/yaml/entries';
import { writtenSetting } from '../written';
import { resolveValue } from './intrinsic';
import type { Context } from './context';
import type { Template } from './template';

/** One `{ Key, Value }` of `LoadBalancerAttributes` / `ListenerAttributes`. */
export interface Attribute {
  key: string;
  /** Offset of the key's text (inside its quotes). */
  keyStart: number;
  valueNode: unknown;
}

/** Where a scalar's text starts: after the opening quote of a quoted one. */
const textStart = (node: Scalar): number => {
  const start = node.range?.[0] ?? 0;
  return node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? start + 1 : start;
};

/** The attributes of `properties[name]`, in order (a key written twice keeps its last value). */
export function readAttributes(
  properties: unknown,
  name: string,
  t: Template,
  ctx: Context,
): Attribute[] {
  const { index } = t.document;
  const list = getEntry(getMap(properties, [], index), name, index);
  if (!list) return [];
  const seq = asSeq(list.node, index);
  if (!seq) {
    const v = resolveValue(list.node, t, ctx.text);
    ctx.report(
      'CFN_UNRESOLVED_VALUE',
      'warning',
      `${name} is not a list written in the template (${isUnknownValue(v.value) ? v.value.unknown : String(v.value)}); its attributes are not read`,
      list.keyStart,
    );
    return [];
  }
  const out: Attribute[] = [];
  for (const item of seq.items) {
    const map = getMap(item, [], index);
    const key = getEntry(map, 'Key', index)?.node;
    if (!isScalar(key) || typeof key.value !== 'string') continue;
    out.push({
      key: key.value,
      keyStart: textStart(key),
      valueNode: getEntry(map, 'Value', index)?.node,
    });
  }
  return out;
}

/** Attribute key → catalog key, for the attributes of one resource kind (all in seconds). */
export type SecondsKeys = Readonly<Record<string, string>>;

/**
 * The attributes of `keys` as settings in ms. A value from a parameter's Default says so (a stack
 * parameter may override it); a value only known at deploy time is unknown.
 */
export function readSeconds(
  attributes: readonly Attribute[],
  keys: SecondsKeys,
  t: Template,
  ctx: Context,
): Record<string, SettingInput> {
  const settings: Record<string, SettingInput> = {};
  for (const a of attributes) {
    // Own keys only: an attribute named `toString` or `__proto__` is none of ours.
    const catalogKey = Object.hasOwn(keys, a.key) ? keys[a.key] : undefined;
    if (catalogKey === undefined) continue;
    const at = ctx.locate(a.keyStart);
    const r = resolveValue(a.valueNode, t, ctx.text);
    if (isUnknownValue(r.value)) {
      ctx.report(
        'CFN_UNRESOLVED_VALUE',
        'warning',
        `${a.key}: ${r.value.reason}; its value is unknown until you give it`,
        a.keyStart,
      );
      settings[catalogKey] = writtenSetting(r.value, ctx.file, at, a.key);
      continue;
    }
    const written = String(r.value).trim();
    if (!/^\d{1,9}$/.test(written)) {
      ctx.report(
        'CFN_INVALID_VALUE',
        'error',
        `${a.key} = "${written}": a whole number of seconds is required`,
        a.keyStart,
      );
      settings[catalogKey] = writtenSetting(
        unknownValue(written, 'not a whole number of seconds'),
        ctx.file,
        at,
        a.key,
      );
      continue;
    }
    if (r.defaults.length > 0)
      ctx.report(
        'CFN_PARAMETER_DEFAULT',
        'info',
        `${a.key} = ${written} s from the Default of parameter ${r.defaults.join(', ')}; a value given when the stack is deployed overrides it`,
        a.keyStart,
      );
    settings[catalogKey] = writtenSetting(Number(written) * 1000, ctx.file, at, a.key);
  }
  return settings;
}
