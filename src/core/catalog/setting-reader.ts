import type { ChainNode } from '../model/chain';
import { inVersionRange } from '../model/version';
import { isUnknownValue } from '../model/value';
import type { KnownScalar } from '../model/chain';
import type {
  EffectiveValue,
  RawValue,
  SettingDef,
  SettingReader,
  TechDef,
  VersionedDefault,
} from './types';

/** A default: never unknown. */
type KnownRawValue = RawValue & { value: KnownScalar };

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
const defaultCache = new WeakMap<SettingDef, Map<string, KnownRawValue>>();
const settingsByTech = new WeakMap<TechDef, Map<string, SettingDef>>();

/** The default of a setting for a version, with its origin. Treat the result as read-only. */
export function defaultFor(tech: TechDef, def: SettingDef, version: string): KnownRawValue {
  let byVersion = defaultCache.get(def);
  if (!byVersion) defaultCache.set(def, (byVersion = new Map()));
  let v = byVersion.get(version);
  if (!v) byVersion.set(version, (v = Object.freeze(computeDefault(tech, def, version))));
  return v;
}

function computeDefault(tech: TechDef, def: SettingDef, version: string): KnownRawValue {
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

/** A technology's settings by key. */
function settingDefs(tech: TechDef): Map<string, SettingDef> {
  let defs = settingsByTech.get(tech);
  if (!defs) settingsByTech.set(tech, (defs = new Map(tech.settings.map((s) => [s.key, s]))));
  return defs;
}

/** The catalog entry of one setting of a technology, if it has one. */
export const findSettingDef = (tech: TechDef, key: string): SettingDef | undefined =>
  settingDefs(tech).get(key);

const isNumeric = (v: RawValue): v is EffectiveValue =>
  v.value === null || typeof v.value === 'number';

/** Reads a node's settings against its technology's catalog entry. */
class CatalogSettingReader implements SettingReader {
  readonly node: ChainNode;
  readonly version: string;
  private readonly tech: TechDef;
  private readonly defs: Map<string, SettingDef>;
  private readonly reads: Set<string> | undefined;

  constructor(tech: TechDef, node: ChainNode, reads?: Set<string>) {
    this.tech = tech;
    this.node = node;
    this.version = node.version ?? tech.defaultVersion;
    this.defs = settingDefs(tech);
    this.reads = reads;
  }

  get(key: string): RawValue {
    const def = this.defs.get(key);
    if (!def) throw new Error(`catalog: ${this.tech.id} has no setting ${key}`);
    this.reads?.add(key);
    const input = this.node.settings[key];
    if (input) return { value: input.value, origin: input.origin, setting: key };
    return defaultFor(this.tech, def, this.version);
  }

  isSet(key: string): boolean {
    this.reads?.add(key);
    return Object.hasOwn(this.node.settings, key);
  }

  num(key: string): EffectiveValue {
    const v = this.get(key);
    if (!isNumeric(v)) throw new Error(`catalog: ${this.tech.id}.${key} is not numeric`);
    return v;
  }

  str(key: string): string {
    const v = this.get(key).value;
    if (isUnknownValue(v)) return v.unknown;
    return typeof v === 'string' ? v : String(v);
  }

  bool(key: string): boolean {
    const v = this.get(key).value;
    return v === true || v === 'true' || v === 'on';
  }
}

/**
 * Reads a node's settings against its technology's catalog entry. `reads`, when given, collects
 * every key read (`get`, `num`, `str`, `bool`, `isSet`): what the resolution depended on.
 */
export function createSettingReader(
  tech: TechDef,
  node: ChainNode,
  reads?: Set<string>,
): SettingReader {
  return new CatalogSettingReader(tech, node, reads);
}
