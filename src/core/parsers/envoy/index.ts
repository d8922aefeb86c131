import type { YAMLMap } from 'yaml';
import { parseYamlDocuments, type YamlDocuments } from '../../source/yaml/documents';
import { asSeq, getEntry, getMap, getPath, scalarText } from '../../source/yaml/entries';
import { createFileContext, reportYamlIssues, type FileContext } from '../file-context';
import type { ExtractedNode, ParseResult, ParserDef, SourceFile } from '../types';
import { readCluster } from './clusters';
import type { EnvoyCode, EnvoyContext } from './context';
import { embeddedBootstraps } from './embedded';
import { readListener } from './listeners';

const FORMAT = 'envoy';

/** Envoy bootstrap YAML or JSON (`static_resources`), or a fragment of listeners and clusters. */
export const envoyParser: ParserDef = {
  id: FORMAT,
  name: 'Envoy bootstrap (YAML / JSON)',
  detect: detectEnvoy,
  parse: parseEnvoy,
};

const KUBERNETES = /^["']?apiVersion["']?[ \t]*:/m;
const KIND = /^["']?kind["']?[ \t]*:/m;

/**
 * Confidence 0..1. A Kubernetes object (an Istio EnvoyFilter, a ConfigMap holding an Envoy
 * config, an Envoy Gateway resource) is not a bootstrap even when it quotes Envoy type URLs.
 */
export function detectEnvoy(text: string): number {
  if (/^["']?static_resources["']?[ \t]*:|^[ \t]*"static_resources"[ \t]*:/m.test(text))
    return 0.95;
  // A ConfigMap holding a bootstrap (`data: envoy.yaml: |`) is read; other objects are not ours.
  if (KUBERNETES.test(text) && KIND.test(text))
    return /^[ \t]*kind:[ \t]*["']?ConfigMap\b/m.test(text) &&
      /^[ \t]+["']?static_resources["']?[ \t]*:/m.test(text)
      ? 0.9
      : 0;
  const hcm = /envoy\.filters\.network\.http_connection_manager|HttpConnectionManager\b/.test(text);
  const shape = /^[ \t]*["']?(?:filter_chains|connect_timeout|load_assignment)["']?[ \t]*:/m.test(
    text,
  );
  if (hcm && shape) return 0.85;
  if (/^["']?(?:listeners|clusters)["']?[ \t]*:/m.test(text) && shape) return 0.75;
  return 0;
}

const listOf = (ctx: EnvoyContext, node: unknown, key: string): YAMLMap[] =>
  (asSeq(getPath(node, [key], ctx.index), ctx.index)?.items ?? []).flatMap(
    (i) => getMap(i, [], ctx.index) ?? [],
  );

/** A resource from an xDS-style `resources:` list, by its `@type`. */
const typeOf = (ctx: EnvoyContext, m: YAMLMap) =>
  scalarText(getEntry(m, '@type', ctx.index)?.node) ?? '';

/** Listeners and clusters of one document: bootstrap, bare lists, `resources:`, or one resource. */
function resourcesOf(ctx: EnvoyContext, root: YAMLMap) {
  const holder = getMap(root, ['static_resources'], ctx.index) ?? root;
  const listeners = listOf(ctx, holder, 'listeners');
  const clusters = listOf(ctx, holder, 'clusters');
  for (const r of listOf(ctx, root, 'resources')) {
    const type = typeOf(ctx, r);
    if (type.endsWith('.Listener')) listeners.push(r);
    else if (type.endsWith('.Cluster')) clusters.push(r);
  }
  if (getEntry(root, 'filter_chains', ctx.index)) listeners.push(root);
  else if (
    getEntry(root, 'connect_timeout', ctx.index) ||
    getEntry(root, 'load_assignment', ctx.index)
  )
    clusters.push(root);
  return { listeners, clusters };
}

interface Found {
  nodes: ExtractedNode[];
  /** Scopes of the clusters defined, and where each listener node starts. */
  defined: Set<string>;
  starts: Map<ExtractedNode, number>;
}

/** Listeners and clusters of every document, into `found`. */
function readDocuments(base: FileContext<EnvoyCode>, parsed: YamlDocuments, found: Found) {
  for (const document of parsed.documents) {
    const ctx: EnvoyContext = { ...base, index: document.index };
    const root = getMap(document.doc.contents, [], document.index);
    if (!root) continue;
    const { listeners, clusters } = resourcesOf(ctx, root);
    listeners.forEach((l, i) => {
      for (const n of readListener(ctx, l, i)) {
        found.starts.set(n, l.range?.[0] ?? 0);
        found.nodes.push(n);
      }
    });
    clusters.forEach((c, i) => {
      const node = readCluster(ctx, c, i);
      found.defined.add(node.scope);
      found.nodes.push(node);
    });
  }
}

/** Parses one file (YAML, several `---` documents, or JSON). Durations in ms. Never throws. */
export function parseEnvoy(file: SourceFile): ParseResult {
  const base = createFileContext<EnvoyCode>(file);
  try {
    const parsed = parseYamlDocuments(file.text);
    reportYamlIssues(base, parsed.issues, {
      duplicate: 'ENVOY_DUPLICATE_KEY',
      syntax: 'ENVOY_YAML_SYNTAX',
    });
    const found: Found = { nodes: [], defined: new Set(), starts: new Map() };
    readDocuments(base, parsed, found);
    for (const text of embeddedBootstraps(parsed)) {
      const inner = parseYamlDocuments(text);
      reportYamlIssues(base, inner.issues, {
        duplicate: 'ENVOY_DUPLICATE_KEY',
        syntax: 'ENVOY_YAML_SYNTAX',
      });
      readDocuments(base, inner, found);
    }
    const { nodes, defined, starts } = found;
    reportMissingClusters(base, nodes, defined, starts);
    if (nodes.length === 0 && parsed.documents.length > 0)
      base.report(
        'ENVOY_NO_RESOURCES',
        'info',
        'no listener with an HTTP connection manager and no cluster found',
        0,
      );
    return { format: FORMAT, nodes, diagnostics: base.diagnostics };
  } catch (e) {
    base.report('ENVOY_INTERNAL_ERROR', 'error', `Parser failure: ${String(e)}`, 0);
    return { format: FORMAT, nodes: [], diagnostics: base.diagnostics };
  }
}

/** A route to a cluster this file does not define (CDS, or another file): said once per cluster. */
function reportMissingClusters(
  ctx: FileContext<EnvoyCode>,
  nodes: ExtractedNode[],
  defined: Set<string>,
  starts: Map<ExtractedNode, number>,
) {
  const said = new Set<string>();
  for (const n of nodes)
    for (const up of n.upstreams ?? []) {
      if (defined.has(up) || said.has(up)) continue;
      said.add(up);
      ctx.report(
        'ENVOY_CLUSTER_NOT_FOUND',
        'info',
        `${n.scope} routes to ${up}, which this file does not define: its pool settings are Envoy's defaults unless given`,
        starts.get(n) ?? 0,
      );
    }
}
