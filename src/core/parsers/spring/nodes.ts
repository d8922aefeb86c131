import type { SettingInput } from '../../model/chain';
import type { Diagnostic } from '../../model/diagnostic';
import type { ExtractedNode } from '../types';
import { readActivation } from './activation';
import { makeDiagnostic, type RawDocument, type RawEntry } from './documents';
import { matchSpringKey, type SpringKeyDef } from './keys';
import { convertSpringValue } from './values';
import { writtenSetting } from '../written';

interface Value {
  def: SpringKeyDef;
  catalogKey: string;
  input: SettingInput;
  owner: string | undefined;
}

interface Interpreted {
  labels: string[] | null;
  values: Value[];
  /** Technologies (per owner) the document writes, even where the value is unknown or invalid. */
  touched: { tech: string; owner: string | undefined }[];
}

export interface BuildOptions {
  file: string;
  /** From `application-<profile>.yml`: the scope of an empty file's node. */
  fileProfile: string | undefined;
  /** .properties files keep the last of duplicate keys silently; YAML's own check reports exact ones. */
  reportExactDuplicates: boolean;
}

/**
 * Turns Spring documents into nodes: one per profile (and compose service / container), each
 * holding the values of the documents that apply to it, later documents overriding earlier ones
 * as Spring Boot 2.4+ applies them.
 */
export function buildSpringNodes(
  documents: RawDocument[],
  options: BuildOptions,
  diagnostics: Diagnostic[],
): ExtractedNode[] {
  const docs = documents.map((d) => interpretDocument(d, options, diagnostics));
  const owners = new Set(docs.flatMap((d) => d.touched.map((t) => t.owner)));
  const nodes: ExtractedNode[] = [];
  for (const owner of owners) {
    const labels = new Set(
      docs.flatMap((d) => (d.labels && d.touched.some((t) => t.owner === owner) ? d.labels : [])),
    );
    nodes.push(...mergeScope(docs, owner, null));
    for (const label of labels) nodes.push(...mergeScope(docs, owner, label));
  }
  if (owners.size === 0 && !hasOtherServer(documents))
    nodes.push(makeNode('spring-boot-tomcat', defaultScope(options), {}));
  return nodes;
}

function interpretDocument(
  doc: RawDocument,
  options: BuildOptions,
  diagnostics: Diagnostic[],
): Interpreted {
  const labels =
    readActivation(doc, diagnostics) ??
    (doc.profile === undefined ? null : [`profile ${doc.profile}`]);
  const values: Value[] = [];
  const touched: Interpreted['touched'] = [];
  const seen = new Map<string, RawEntry>();
  for (const entry of doc.entries) {
    const match = matchSpringKey(entry.lookup ?? entry.written);
    if (match.kind === 'unbound-env')
      diagnostics.push(
        makeDiagnostic(
          'SPRING_ENV_NAME_NOT_BOUND',
          'warning',
          `${entry.written} does not bind to ${match.def.key}: Spring maps each "_" to "."; write ${envNameOf(match.def.key)}`,
          entry.keyAt,
        ),
      );
    if (match.kind === 'deprecated')
      diagnostics.push(
        makeDiagnostic(
          'SPRING_DEPRECATED_KEY',
          'warning',
          `${entry.written} was replaced by ${match.replacement} in Spring Boot 2.3 and is ignored by current versions`,
          entry.keyAt,
        ),
      );
    if (match.kind !== 'known') continue;
    const { def } = match;
    if (def.catalogKey === undefined) {
      diagnostics.push(
        makeDiagnostic(
          'SPRING_OTHER_SERVER',
          'info',
          `${entry.written} configures ${def.tech === 'jetty' ? 'Jetty' : 'Reactor Netty'} (${def.tech}), not Tomcat; not extracted yet`,
          entry.keyAt,
        ),
      );
      continue;
    }
    const dupKey = `${entry.owner ?? ''}\u0000${def.key}`;
    const previous = seen.get(dupKey);
    if (previous && (options.reportExactDuplicates || previous.written !== entry.written))
      diagnostics.push(
        makeDiagnostic(
          'SPRING_DUPLICATE_KEY',
          'warning',
          `${entry.written} repeats ${previous.written} (line ${previous.keyAt.line}); the later one wins`,
          entry.keyAt,
        ),
      );
    seen.set(dupKey, entry);
    touched.push({ tech: def.tech, owner: entry.owner });
    const value = convertSpringValue(entry, def, diagnostics);
    if (value === undefined) continue;
    values.push({
      def,
      catalogKey: def.catalogKey,
      owner: entry.owner,
      input: writtenSetting(value, options.file, entry.keyAt, entry.written),
    });
  }
  return { labels, values, touched };
}

/** The nodes of one scope: the documents that always apply plus those for `label`, in file order. */
function mergeScope(
  docs: Interpreted[],
  owner: string | undefined,
  label: string | null,
): ExtractedNode[] {
  const byTech = new Map<string, Record<string, SettingInput>>();
  const ownTechs = new Set<string>();
  for (const doc of docs) {
    const own = label !== null && (doc.labels?.includes(label) ?? false);
    if (doc.labels !== null && !own) continue;
    for (const t of doc.touched) {
      if (t.owner !== owner) continue;
      if (!byTech.has(t.tech)) byTech.set(t.tech, {});
      if (own || label === null) ownTechs.add(t.tech);
    }
    for (const v of doc.values) {
      const settings = byTech.get(v.def.tech);
      if (v.owner === owner && settings) settings[v.catalogKey] = v.input;
    }
  }
  const base = label ?? 'default';
  const scope = owner === undefined ? base : label === null ? owner : `${owner}, ${base}`;
  return [...byTech]
    .filter(([tech]) => ownTechs.has(tech))
    .map(([tech, settings]) => makeNode(tech, scope, settings));
}

function defaultScope(options: BuildOptions): string {
  return options.fileProfile === undefined ? 'default' : `profile ${options.fileProfile}`;
}

function makeNode(tech: string, scope: string, settings: Record<string, SettingInput>) {
  return { tech, scope, settings, label: `Spring Boot ${techName(tech)} (${scope})` };
}

const techName = (tech: string): string =>
  tech === 'spring-boot-tomcat' ? 'Tomcat' : tech === 'jetty' ? 'Jetty' : 'Reactor Netty';

const envNameOf = (key: string): string => key.replace(/-/g, '').replace(/\./g, '_').toUpperCase();

function hasOtherServer(documents: RawDocument[]): boolean {
  return documents.some((d) =>
    d.entries.some((e) => {
      const m = matchSpringKey(e.lookup ?? e.written);
      return m.kind === 'known' && m.def.tech !== 'spring-boot-tomcat';
    }),
  );
}
