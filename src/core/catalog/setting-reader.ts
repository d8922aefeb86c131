import type { ChainNode } from '../model/chain';
import { inVersionRange } from '../model/version';
import type { RawValue, SettingDef, SettingReader, TechDef, VersionedDefault } from './types';

function rangeText(d: VersionedDefault): string | undefined {
  if (d.since && d.before) return `${d.since} to before ${d.before}`;
  if (d.since) return `since ${d.since}`;
  if (d.before) return `before ${d.before}`;
  return undefined;
}

/**
 * Defaults are data: the same (setting, version) always gives the same value, so they are computed
 * once. Extracting thousands of nginx scopes resolves the same few dozen defaults over and over.
 */
const defaultCache = new WeakMap<SettingDef, Map<string, RawValue>>();
const settingsByTech = new WeakMap<TechDef, Map<string, SettingDef>>();

/** The default of a setting for a version, with its origin. Treat the result as read-only. */
export function defaultFor(tech: TechDef, def: SettingDef, version: string): RawValue {
  let byVersion = defaultCache.get(def);
  if (!byVersion) defaultCache.set(def, (byVersion = new Map()));
  let v = byVersion.get(version);
  if (!v) byVersion.set(version, (v = Object.freeze(computeDefault(tech, def, version))));
  return v;
}

function computeDefault(tech: TechDef, def: SettingDef, version: string): RawValue {
  const d = def.defaults.find((x) => inVersionRange(version, x.since, x.before)) ?? def.defaults[0];
  if (!d) throw new Error(`catalog: ${tech.id}.${def.key} has no default`);
  const versions = rangeText(d);
  return {
    value: d.value,
    setting: def.key,
    origin: {
      kind: 'default',
      tech: tech.id,
      source: d.source,
      ...(versions ? { versions } : {}),
      ...(d.assumption ? { assumption: true } : {}),
      ...(d.note ? { note: d.note } : {}),
    },
  };
}

/** Reads a node's settings against its technology's catalog entry. */
export function createSettingReader(tech: TechDef, node: ChainNode): SettingReader {
  const version = node.version ?? tech.defaultVersion;
  let defs = settingsByTech.get(tech);
  if (!defs) settingsByTech.set(tech, (defs = new Map(tech.settings.map((s) => [s.key, s]))));
  const get = (key: string): RawValue => {
    const def = defs.get(key);
    if (!def) throw new Error(`catalog: ${tech.id} has no setting ${key}`);
    const input = node.settings[key];
    if (input) return { value: input.value, origin: input.origin, setting: key };
    return defaultFor(tech, def, version);
  };
  return {
    node,
    version,
    get,
    isSet: (key) => Object.hasOwn(node.settings, key),
    num(key) {
      const v = get(key);
      if (v.value !== null && typeof v.value !== 'number')
        throw new Error(`catalog: ${tech.id}.${key} is not numeric`);
      return { ...v, value: v.value };
    },
    str(key) {
      const v = get(key).value;
      return typeof v === 'string' ? v : String(v);
    },
    bool(key) {
      const v = get(key).value;
      return v === true || v === 'true' || v === 'on';
    },
  };
}
