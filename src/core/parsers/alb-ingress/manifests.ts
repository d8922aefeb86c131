import {
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';

/** One Kubernetes object from a (multi-document) manifest, with source offsets. */
export interface K8sObject {
  kind: string;
  name: string;
  namespace: string | undefined;
  /** Where the object starts (its `kind:` or first key). */
  offset: number;
  annotations: Map<string, Annotation>;
  spec: YAMLMap | undefined;
}

export interface Annotation {
  value: string | undefined;
  keyOffset: number;
  /** Source range of the value scalar: [start, end). */
  valueRange: [number, number] | undefined;
}

export interface YamlProblem {
  offset: number;
  message: string;
  severity: 'error' | 'warning';
}

/** Reads every document (and `kind: List` items). Never throws; YAML errors are problems. */
export function readManifests(text: string): { objects: K8sObject[]; problems: YamlProblem[] } {
  const objects: K8sObject[] = [];
  const problems: YamlProblem[] = [];
  for (const doc of parseAllDocuments(text, { prettyErrors: false })) {
    for (const e of doc.errors)
      problems.push({ offset: e.pos[0], message: firstLine(e.message), severity: 'error' });
    for (const e of doc.warnings)
      problems.push({ offset: e.pos[0], message: firstLine(e.message), severity: 'warning' });
    const root = doc.contents;
    if (!isMap(root)) continue;
    const items = scalarOf(root.get('kind', true)) === 'List' ? root.get('items', true) : undefined;
    if (isSeq(items)) for (const item of items.items) pushObject(objects, doc, item);
    else pushObject(objects, doc, root);
  }
  return { objects, problems };
}

function pushObject(objects: K8sObject[], doc: Document, node: unknown) {
  if (!isMap(node)) return;
  const kind = scalarOf(node.get('kind', true));
  if (kind === undefined) return;
  const metadata = node.get('metadata', true);
  const meta = isMap(metadata) ? metadata : undefined;
  const annotations = new Map<string, Annotation>();
  const raw = meta?.get('annotations', true);
  if (isMap(raw))
    for (const pair of raw.items) {
      const key = isScalar(pair.key) ? scalarOf(pair.key) : undefined;
      if (key === undefined) continue;
      const value = resolve(doc, pair.value);
      annotations.set(key, {
        value: scalarOf(value),
        keyOffset: rangeOf(pair.key)?.[0] ?? 0,
        valueRange: isScalar(value) ? rangeOf(value) : undefined,
      });
    }
  const spec = node.get('spec', true);
  objects.push({
    kind,
    name: scalarOf(meta?.get('name', true)) ?? '(unnamed)',
    namespace: scalarOf(meta?.get('namespace', true)),
    offset: rangeOf(node)?.[0] ?? 0,
    annotations,
    spec: isMap(spec) ? spec : undefined,
  });
}

function resolve(doc: Document, node: unknown): unknown {
  return node && typeof node === 'object' && 'resolve' in node && typeof node.resolve === 'function'
    ? (node as { resolve: (d: Document) => unknown }).resolve(doc)
    : node;
}

/** A scalar node's (or plain value's) text; undefined for null and collections. */
export function scalarOf(node: unknown): string | undefined {
  const v = isScalar(node) ? node.value : node;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as Node | undefined)?.range;
  return Array.isArray(r) ? [r[0], r[1]] : undefined;
}

const firstLine = (s: string) => s.split('\n')[0] ?? s;
