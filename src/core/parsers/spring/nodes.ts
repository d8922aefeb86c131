import type { SettingInput } from '../../model/chain';
import type { Diagnostic } from '../../source/diagnostic';
import type { ExtractedNode } from '../types';
import { makeDiagnostic, type RawDocument } from './documents';
import { interpretDocument, type Interpreted } from './interpret';
import { CLIENT_TECHS } from './keys';

export interface BuildOptions {
  file: string;
  /** From `application-<profile>.yml`: the scope of an empty file's node. */
  fileProfile: string | undefined;
  /** .properties files keep the last of duplicate keys silently; YAML's own check reports exact ones. */
  reportExactDuplicates: boolean;
}

const NETTY = 'spring-boot-netty';
const GATEWAY_CLIENT = 'reactor-netty';

/**
 * Turns Spring documents into nodes: one per profile (and compose service / container) and
 * technology, each holding the values of the documents that apply to it, later documents
 * overriding earlier ones as Spring Boot 2.4+ applies them. The server and the client pool of
 * one scope are one process: they share a `process` marker.
 */
export function buildSpringNodes(
  documents: RawDocument[],
  options: BuildOptions,
  diagnostics: Diagnostic[],
): ExtractedNode[] {
  const docs = documents.map((d) => interpretDocument(d, options, diagnostics));
  const owners = layerDocuments(docs);
  const nodes: ExtractedNode[] = [];
  const unused = new Set<string>();
  for (const [owner, layers] of owners) {
    const base = layers.get(null) ?? emptyLayer();
    for (const [label, layer] of layers) {
      const techs = label === null ? settingsOf(base, base) : mergeLabel(base, layer);
      for (const tech of dropServersNotUsed(techs)) unused.add(tech);
      const scope = scopeName(owner, label);
      for (const node of makeProcess(options.file, scope, techs)) nodes.push(node);
    }
  }
  reportServersNotUsed(docs, unused, diagnostics);
  if (owners.size === 0) nodes.push(makeNode('spring-boot-tomcat', defaultScope(options), {}));
  return nodes;
}

/** What the documents of one scope (always-applying, or one label's own) write. */
interface Layer {
  /** Technologies shown, with the order of their first appearance in the file. */
  techs: Map<string, number>;
  /** Last value per `tech \0 catalog key`, with its document's index (later documents win). */
  values: Map<string, { doc: number; tech: string; key: string; input: SettingInput }>;
}

const emptyLayer = (): Layer => ({ techs: new Map(), values: new Map() });

/**
 * Groups the documents' technologies and values by owner, then by label (`null` = documents
 * that always apply), in one pass: the scopes are then merged without re-reading every
 * document for every profile.
 */
function layerDocuments(docs: Interpreted[]): Map<string | undefined, Map<string | null, Layer>> {
  const owners = new Map<string | undefined, Map<string | null, Layer>>();
  const layerOf = (owner: string | undefined, label: string | null) => {
    let layers = owners.get(owner);
    if (!layers) owners.set(owner, (layers = new Map()));
    let layer = layers.get(label);
    if (!layer) layers.set(label, (layer = emptyLayer()));
    return layer;
  };
  let seq = 0;
  docs.forEach((doc, index) => {
    for (const label of doc.labels ?? [null]) {
      for (const t of doc.touched) {
        const layer = layerOf(t.owner, label);
        if (!layer.techs.has(t.tech)) layer.techs.set(t.tech, seq);
        seq++;
      }
      for (const v of doc.values) {
        const { tech, catalogKey: key } = v.def;
        layerOf(v.owner, label).values.set(`${tech}\u0000${key}`, {
          doc: index,
          tech,
          key,
          input: v.input,
        });
      }
    }
  });
  return owners;
}

/**
 * A profile's scope: the technologies its own documents show, completed by the other side of
 * the process from the documents that always apply; each value from the later document.
 */
function mergeLabel(base: Layer, own: Layer): Map<string, Record<string, SettingInput>> {
  const techs = new Map(own.techs);
  const ownSides = new Set([...own.techs.keys()].map(sideOf));
  for (const [tech, seq] of base.techs) {
    if (techs.has(tech)) techs.set(tech, Math.min(seq, techs.get(tech) ?? seq));
    else if (!ownSides.has(sideOf(tech))) techs.set(tech, seq);
  }
  const values = new Map(base.values);
  for (const [k, v] of own.values) if (v.doc >= (values.get(k)?.doc ?? -1)) values.set(k, v);
  return settingsOf({ techs, values }, { techs, values });
}

/** The settings per technology of `layer`'s techs (in order of appearance), from `source`'s values. */
function settingsOf(layer: Layer, source: Layer): Map<string, Record<string, SettingInput>> {
  const ordered = [...layer.techs].sort((a, b) => a[1] - b[1]);
  const byTech = new Map<string, Record<string, SettingInput>>();
  for (const [tech] of ordered) byTech.set(tech, {});
  for (const v of source.values.values()) {
    const settings = byTech.get(v.tech);
    if (settings) settings[v.key] = v.input;
  }
  return byTech;
}

/**
 * A Spring Cloud Gateway (WebFlux) runs on Reactor Netty whatever other server keys the file
 * holds: Spring ignores them. Removes those servers from `techs` and returns them.
 */
function dropServersNotUsed(techs: Map<string, unknown>): string[] {
  if (!techs.has(GATEWAY_CLIENT) || !techs.has(NETTY)) return [];
  const dropped = [...techs.keys()].filter((t) => sideOf(t) === 'server' && t !== NETTY);
  for (const t of dropped) techs.delete(t);
  return dropped;
}

function reportServersNotUsed(docs: Interpreted[], unused: Set<string>, out: Diagnostic[]) {
  for (const tech of unused) {
    const at = docs.flatMap((d) => d.touched).find((t) => t.tech === tech && t.at)?.at;
    if (at)
      out.push(
        makeDiagnostic(
          'SPRING_SERVER_NOT_USED',
          'warning',
          `${techName(tech)} settings are ignored: a Spring Cloud Gateway runs on Reactor Netty`,
          at,
        ),
      );
  }
}

/** The nodes of one scope; a server with the client pools it proxies with is one process. */
function makeProcess(
  file: string,
  scope: string,
  techs: Map<string, Record<string, SettingInput>>,
): ExtractedNode[] {
  const nodes = [...techs].map(([tech, settings]) => makeNode(tech, scope, settings));
  const servers = nodes.filter((n) => sideOf(n.tech) === 'server').length;
  if (servers !== 1 || servers === nodes.length) return nodes;
  return nodes.map((n) => ({ ...n, process: `${file} (${scope})` }));
}

const sideOf = (tech: string) => (CLIENT_TECHS.has(tech) ? 'client' : 'server');

function scopeName(owner: string | undefined, label: string | null): string {
  const base = label ?? 'default';
  return owner === undefined ? base : label === null ? owner : `${owner}, ${base}`;
}

function defaultScope(options: BuildOptions): string {
  return options.fileProfile === undefined ? 'default' : `profile ${options.fileProfile}`;
}

function makeNode(tech: string, scope: string, settings: Record<string, SettingInput>) {
  return { tech, scope, settings, label: `${techName(tech)} (${scope})` };
}

const TECH_NAMES: Readonly<Record<string, string>> = {
  'spring-boot-tomcat': 'Spring Boot Tomcat',
  jetty: 'Spring Boot Jetty',
  [NETTY]: 'Spring Boot Reactor Netty',
  [GATEWAY_CLIENT]: 'Spring Cloud Gateway HttpClient pool',
};

const techName = (tech: string): string => TECH_NAMES[tech] ?? tech;
