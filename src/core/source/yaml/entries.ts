import { isMap, isPair, isScalar, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { keyText, type YamlIndex } from './walk';

/** One `key: value` of a mapping, with offsets of both (aliases resolved). */
export interface YamlEntry {
  key: string;
  /** 0-based offset of the key. */
  keyStart: number;
  /** The value node, aliases resolved (a Scalar, YAMLMap, YAMLSeq, or null). */
  node: unknown;
  /** A scalar value as the YAML types it; undefined for a collection. */
  value: string | number | boolean | null | undefined;
  /** 0-based [start, end) of the value; the key's offset when there is no value. */
  valueStart: number;
  valueEnd: number;
}

type Range = [number, number, number];
const rangeOf = (node: unknown): Range | undefined => (node as { range?: Range } | null)?.range;

/** The scalar a node holds, typed as YAML reads it; undefined for collections. */
export function scalarValue(node: unknown): YamlEntry['value'] {
  if (node === null || node === undefined) return null;
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null)
    return v;
  return typeof v === 'bigint' ? Number(v) : undefined;
}

/** A scalar as text (`75` → "75"); undefined for null and collections. */
export function scalarText(node: unknown): string | undefined {
  const v = scalarValue(node);
  return v === null || v === undefined ? undefined : String(v);
}

/** The node as a mapping (aliases resolved), or undefined. */
export function asMap(node: unknown, index: YamlIndex): YAMLMap | undefined {
  const n = index.resolve(node);
  return isMap(n) ? n : undefined;
}

/** The node as a sequence (aliases resolved), or undefined. */
export function asSeq(node: unknown, index: YamlIndex): YAMLSeq | undefined {
  const n = index.resolve(node);
  return isSeq(n) ? n : undefined;
}

/**
 * The entries of a mapping with scalar keys, in the order first written; a key written twice
 * keeps its last value (the duplicate is reported by the front end). Linear.
 */
export function readEntries(map: YAMLMap | undefined, index: YamlIndex): YamlEntry[] {
  const byKey = new Map<string, YamlEntry>();
  for (const pair of map?.items ?? []) {
    if (!isPair(pair)) continue;
    const key = keyText(pair.key);
    if (key === undefined) continue;
    byKey.set(key, toEntry(key, pair, index));
  }
  return [...byKey.values()];
}

/** One entry of a mapping by key (the last one written), or undefined. */
export function getEntry(
  map: YAMLMap | undefined,
  key: string,
  index: YamlIndex,
): YamlEntry | undefined {
  const items = map?.items ?? [];
  for (let i = items.length - 1; i >= 0; i--) {
    const pair = items[i];
    if (isPair(pair) && keyText(pair.key) === key) return toEntry(key, pair, index);
  }
  return undefined;
}

function toEntry(key: string, pair: { key: unknown; value: unknown }, index: YamlIndex) {
  const keyStart = rangeOf(pair.key)?.[0] ?? 0;
  const node = index.resolve(pair.value);
  const range = rangeOf(node);
  return {
    key,
    keyStart,
    node,
    value: scalarValue(node),
    valueStart: range?.[0] ?? keyStart,
    valueEnd: range?.[1] ?? keyStart,
  };
}

/** The node at a path of keys (`['controller', 'config']`), aliases resolved, or undefined. */
export function getPath(node: unknown, path: readonly string[], index: YamlIndex): unknown {
  let current: unknown = index.resolve(node);
  for (const key of path) {
    const entry = getEntry(asMap(current, index), key, index);
    if (!entry) return undefined;
    current = entry.node;
  }
  return current;
}

/** The mapping at a path, or undefined (also when the path holds a scalar or a list). */
export const getMap = (node: unknown, path: readonly string[], index: YamlIndex) =>
  asMap(getPath(node, path, index), index);
