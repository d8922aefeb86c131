import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { INGRESS_KEYS, OTHER_INGRESS_KEYS } from './keys';

/** One map of ingress-nginx settings found in a YAML document. */
export interface ConfigSource {
  /** `configmap ingress-nginx-controller`, `helm controller.config`. */
  scope: string;
  /** The map holding the keys (`data:` or `controller.config:`), or null when absent. */
  map: YAMLMap | null;
  /** A ConfigMap's `data`: Kubernetes accepts only string values there. */
  stringsOnly: boolean;
  /** A node that should have been a map but is not (reported), with its offset. */
  notAMap?: { offset: number; path: string };
}

const holdsIngressKeys = (map: YAMLMap | null): boolean =>
  map !== null &&
  map.items.some((p) => {
    const key = isScalar(p.key) ? String(p.key.value) : '';
    return key in INGRESS_KEYS || OTHER_INGRESS_KEYS.has(key);
  });

const asMap = (node: unknown): YAMLMap | null => (isMap(node) ? node : null);

/** Where `node` starts, for a diagnostic about it. */
const offsetOf = (node: unknown): number =>
  (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;

function readConfigMap(doc: YAMLMap): ConfigSource | null {
  const name = doc.getIn(['metadata', 'name']);
  const dataNode = doc.get('data', true);
  const data = asMap(dataNode);
  const named = typeof name === 'string' && /ingress|nginx/i.test(name);
  if (!named && !holdsIngressKeys(data)) return null;
  const scope = typeof name === 'string' && name !== '' ? `configmap ${name}` : 'configmap';
  const source: ConfigSource = { scope, map: data, stringsOnly: true };
  if (dataNode !== undefined && dataNode !== null && !data)
    source.notAMap = { offset: offsetOf(dataNode), path: 'data' };
  return source;
}

function readHelmValues(doc: YAMLMap, prefix: string): ConfigSource[] {
  const controller = asMap(doc.get('controller', true));
  if (!controller) return [];
  const configNode = controller.get('config', true);
  if (configNode === undefined) return [];
  const map = asMap(configNode);
  const path = `${prefix}controller.config`;
  const source: ConfigSource = { scope: `helm ${path}`, map, stringsOnly: false };
  if (configNode !== null && !map) source.notAMap = { offset: offsetOf(configNode), path };
  return [source];
}

/**
 * The ingress-nginx settings maps in one YAML document: a `kind: ConfigMap` (or a `kind: List`
 * of them) named like ingress-nginx's or holding its keys; Helm values with `controller.config`
 * (also under an umbrella chart key, e.g. `ingress-nginx.controller.config`); or, as fragments,
 * a bare `data:` map or a bare map of ingress-nginx keys.
 */
export function findConfigSources(contents: unknown): ConfigSource[] {
  const doc = asMap(contents);
  if (!doc) return [];
  const kind = doc.get('kind');
  if (kind === 'ConfigMap') {
    const source = readConfigMap(doc);
    return source ? [source] : [];
  }
  if (kind === 'List') {
    const items = doc.get('items', true);
    if (!isSeq(items)) return [];
    return items.items.flatMap((item) => {
      const map = asMap(item);
      return map?.get('kind') === 'ConfigMap' ? (readConfigMap(map) ?? []) : [];
    });
  }
  if (kind !== undefined) return [];
  const helm = readHelmValues(doc, '');
  for (const pair of doc.items) {
    const child = asMap(pair.value);
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (child && typeof key === 'string' && key !== 'controller')
      helm.push(...readHelmValues(child, `${key}.`));
  }
  if (helm.length > 0) return helm;
  const data = asMap(doc.get('data', true));
  if (holdsIngressKeys(data)) return [{ scope: 'configmap', map: data, stringsOnly: true }];
  if (holdsIngressKeys(doc)) return [{ scope: 'configmap data', map: doc, stringsOnly: false }];
  return [];
}
