import { isMap, isScalar, type YAMLMap } from 'yaml';
import type { YamlDocument } from '../../source/yaml/documents';
import { getEntry, getMap, readEntries, type YamlEntry } from '../../source/yaml/entries';

/**
 * One CloudFormation template (YAML or JSON, both read by the shared YAML front end): its
 * resources in order, and what intrinsic functions can resolve within it (parameters with a
 * Default, Mappings).
 */
export interface Resource {
  /** Logical ID (`PublicAlb`). */
  id: string;
  type: string;
  /** Offset of the logical ID. */
  start: number;
  properties: YAMLMap | undefined;
}

export interface Template {
  document: YamlDocument;
  resources: Resource[];
  /** Parameters by name; `default` is the Default node when written. */
  parameters: ReadonlyMap<string, { default: YamlEntry | undefined; type: string | undefined }>;
  mappings: YAMLMap | undefined;
}

const text = (node: unknown): string | undefined =>
  isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
    ? String(node.value)
    : undefined;

/** The template a document holds, or undefined when it has no `Resources` mapping. */
export function readTemplate(document: YamlDocument): Template | undefined {
  const { index } = document;
  const root = getMap(document.doc.contents, [], index);
  const resourcesMap = getMap(root, ['Resources'], index);
  if (!resourcesMap) return undefined;
  const resources: Resource[] = [];
  for (const entry of readEntries(resourcesMap, index)) {
    const map = isMap(entry.node) ? entry.node : undefined;
    const type = text(getEntry(map, 'Type', index)?.node);
    if (type === undefined) continue;
    resources.push({
      id: entry.key,
      type,
      start: entry.keyStart,
      properties: getMap(map, ['Properties'], index),
    });
  }
  const parameters = new Map<
    string,
    { default: YamlEntry | undefined; type: string | undefined }
  >();
  for (const entry of readEntries(getMap(root, ['Parameters'], index), index)) {
    const map = isMap(entry.node) ? entry.node : undefined;
    parameters.set(entry.key, {
      default: getEntry(map, 'Default', index),
      type: text(getEntry(map, 'Type', index)?.node),
    });
  }
  return { document, resources, parameters, mappings: getMap(root, ['Mappings'], index) };
}
