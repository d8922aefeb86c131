import type { SettingInput } from '../../model/chain';
import type { Diagnostic } from '../../model/diagnostic';
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
  const owners = new Set(docs.flatMap((d) => d.touched.map((t) => t.owner)));
  const nodes: ExtractedNode[] = [];
  const unused = new Set<string>();
  for (const owner of owners) {
    const labels = new Set(
      docs.flatMap((d) => (d.labels && d.touched.some((t) => t.owner === owner) ? d.labels : [])),
    );
    for (const label of [null, ...labels]) {
      const scope = scopeName(owner, label);
      const techs = mergeScope(docs, owner, label);
      for (const tech of dropServersNotUsed(techs)) unused.add(tech);
      nodes.push(...makeProcess(options.file, scope, techs));
    }
  }
  reportServersNotUsed(docs, unused, diagnostics);
  if (owners.size === 0) nodes.push(makeNode('spring-boot-tomcat', defaultScope(options), {}));
  return nodes;
}

/**
 * The technologies of one scope and their settings: the documents that always apply plus those
 * for `label`, in file order. A profile's scope lists the technologies its own documents write,
 * completed by the other side of the process from the documents that always apply.
 */
function mergeScope(
  docs: Interpreted[],
  owner: string | undefined,
  label: string | null,
): Map<string, Record<string, SettingInput>> {
  const byTech = new Map<string, Record<string, SettingInput>>();
  const own = new Set<string>();
  for (const doc of docs) {
    const mine = label !== null && (doc.labels?.includes(label) ?? false);
    if (doc.labels !== null && !mine) continue;
    for (const t of doc.touched) {
      if (t.owner !== owner) continue;
      if (!byTech.has(t.tech)) byTech.set(t.tech, {});
      if (mine || label === null) own.add(t.tech);
    }
    for (const v of doc.values) {
      const settings = byTech.get(v.def.tech);
      if (v.owner === owner && settings) settings[v.def.catalogKey] = v.input;
    }
  }
  const ownSides = new Set([...own].map(sideOf));
  for (const [tech] of byTech) if (!ownSides.has(sideOf(tech))) own.add(tech);
  for (const [tech] of byTech) if (!own.has(tech)) byTech.delete(tech);
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
