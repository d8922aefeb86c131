import { parseYamlDocuments, type YamlDocument, type YamlIssue } from '../../source/yaml/documents';
import { getEntry, getMap, scalarText, type YamlEntry } from '../../source/yaml/entries';
import { readKubeObjects, type KubeObject } from '../../source/yaml/kubernetes';

/** Reads every document (and `kind: List` items) through the shared YAML front end. */
export function readManifests(text: string): {
  objects: KubeObject[];
  documents: readonly YamlDocument[];
  problems: YamlIssue[];
} {
  const parsed = parseYamlDocuments(text);
  return { objects: readKubeObjects(parsed), documents: parsed.documents, problems: parsed.issues };
}

/** An annotation's value as text; undefined for null and collections. */
export const annotationText = (e: YamlEntry | undefined): string | undefined =>
  e === undefined ? undefined : scalarText(e.node);

/** A scalar under the object's `spec`, as text. */
export const specText = (o: KubeObject, key: string): string | undefined =>
  scalarText(getEntry(getMap(o.map, ['spec'], o.document.index), key, o.document.index)?.node);
