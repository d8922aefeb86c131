import type { YAMLMap } from 'yaml';
import type { YamlDocument, YamlDocuments } from './documents';
import {
  asSeq,
  getEntry,
  getMap,
  getPath,
  readEntries,
  scalarText,
  type YamlEntry,
} from './entries';

/** One Kubernetes object of a manifest (a `kind: List` contributes each of its items). */
export interface KubeObject {
  kind: string;
  apiVersion: string | undefined;
  /** `metadata.name`, or `(unnamed)`. */
  name: string;
  namespace: string | undefined;
  /** 0-based offset where the object starts. */
  start: number;
  /** The object's mapping. */
  map: YAMLMap;
  /** The document it comes from (its index resolves aliases). */
  document: YamlDocument;
  /** `metadata.annotations` and `metadata.labels`, keyed by name (last written wins). */
  annotations: Map<string, YamlEntry>;
  labels: Map<string, YamlEntry>;
}

const startOf = (node: unknown): number =>
  (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;

/** A mapping's entries keyed by name. */
export const entriesByKey = (map: YAMLMap | undefined, document: YamlDocument) =>
  new Map(readEntries(map, document.index).map((e) => [e.key, e]));

function readObject(map: YAMLMap, document: YamlDocument): KubeObject | undefined {
  const { index } = document;
  const kind = scalarText(getEntry(map, 'kind', index)?.node);
  if (kind === undefined) return undefined;
  const metadata = getMap(map, ['metadata'], index);
  return {
    kind,
    apiVersion: scalarText(getEntry(map, 'apiVersion', index)?.node),
    name: scalarText(getEntry(metadata, 'name', index)?.node) ?? '(unnamed)',
    namespace: scalarText(getEntry(metadata, 'namespace', index)?.node),
    start: startOf(map),
    map,
    document,
    annotations: entriesByKey(getMap(metadata, ['annotations'], index), document),
    labels: entriesByKey(getMap(metadata, ['labels'], index), document),
  };
}

/** Every object with a `kind` in every document, `kind: List` items in place of the list. */
export function readKubeObjects(parsed: YamlDocuments): KubeObject[] {
  const objects: KubeObject[] = [];
  for (const document of parsed.documents) {
    const root = getMap(document.doc.contents, [], document.index);
    if (!root) continue;
    const object = readObject(root, document);
    if (object?.kind === 'List') {
      for (const item of asSeq(getPath(root, ['items'], document.index), document.index)?.items ??
        []) {
        const map = getMap(item, [], document.index);
        const inner = map && readObject(map, document);
        if (inner) objects.push(inner);
      }
    } else if (object) objects.push(object);
  }
  return objects;
}

/** A ConfigMap's `data` (or a Secret's `stringData`) mapping, when it is one. */
export const readConfigMapData = (o: KubeObject): YAMLMap | undefined =>
  getMap(o.map, [o.kind === 'Secret' ? 'stringData' : 'data'], o.document.index);

/** The containers of a Pod, or of the pod template of a Deployment, StatefulSet, Job, …. */
export function readContainers(o: KubeObject): YAMLMap[] {
  const { index } = o.document;
  const podSpec =
    getMap(o.map, ['spec', 'template', 'spec'], index) ??
    getMap(o.map, ['spec', 'jobTemplate', 'spec', 'template', 'spec'], index) ??
    getMap(o.map, ['spec'], index);
  const containers = [
    ...(asSeq(getPath(podSpec, ['initContainers'], index), index)?.items ?? []),
    ...(asSeq(getPath(podSpec, ['containers'], index), index)?.items ?? []),
  ];
  return containers.flatMap((c) => getMap(c, [], index) ?? []);
}

/** One `env:` item of a container: `name`, and `value` when written literally. */
export interface EnvVar {
  name: string;
  nameStart: number;
  /** The literal value; undefined for `valueFrom` (a Secret, ConfigMap or field reference). */
  value: YamlEntry | undefined;
}

/** A container's `env:` list (`- name: X\n  value: "1"`), in order. */
export function readEnv(container: YAMLMap, document: YamlDocument): EnvVar[] {
  const { index } = document;
  const list = asSeq(getPath(container, ['env'], index), index)?.items ?? [];
  return list.flatMap((item) => {
    const map = getMap(item, [], index);
    const name = getEntry(map, 'name', index);
    const text = scalarText(name?.node);
    if (!name || text === undefined) return [];
    return [{ name: text, nameStart: name.valueStart, value: getEntry(map, 'value', index) }];
  });
}
