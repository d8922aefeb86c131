import { parseYamlDocuments } from '../../source/yaml/documents';
import { getMap } from '../../source/yaml/entries';
import { readKubeObjects } from '../../source/yaml/kubernetes';
import { createFileContext, reportYamlIssues } from '../file-context';
import type { ParseResult, ParserDef, SourceFile } from '../types';
import { scanFlags, type FlatEntry } from './flat';
import { buildNodes, type TraefikCode, type TraefikContext } from './model';
import { flattenToml } from './toml';
import { flattenYaml } from './yaml';

const FORMAT = 'traefik';

/** Traefik v2/v3 static config (TOML, YAML, CLI flags), file-provider transports, the CRD. */
export const traefikParser: ParserDef = {
  id: FORMAT,
  name: 'Traefik (static config, serversTransports)',
  detect: detectTraefik,
  parse: parseTraefik,
};

const CRD = /^[ \t]*apiVersion:[ \t]*["']?traefik\.(?:io|containo\.us)\/v1alpha1/m;

/**
 * Confidence 0..1. Static config shows itself by its top-level `entryPoints` or
 * `serversTransport`; dynamic config by `serversTransports`; others by `--entryPoints.` flags.
 */
export function detectTraefik(text: string, fileName = ''): number {
  if (CRD.test(text) && /^[ \t]*kind:[ \t]*["']?ServersTransport["']?[ \t]*$/m.test(text))
    return 0.95;
  if (/^\[(?:entryPoints|serversTransport|http\.serversTransports)\b/im.test(text)) return 0.9;
  if (/^(?:entryPoints|serversTransport):[ \t]*$/im.test(text)) return 0.9;
  if (/^[ \t]+serversTransports:[ \t]*$/m.test(text) && /^http:[ \t]*$/m.test(text)) return 0.85;
  if (/--entrypoints\.[A-Za-z0-9_-]+\.|--serverstransport\./i.test(text)) return 0.8;
  if (/^ports:[ \t]*$/m.test(text) && /^[ \t]+respondingTimeouts:[ \t]*$/m.test(text)) return 0.7;
  return /traefik/i.test(fileName) && /entryPoints/i.test(text) ? 0.5 : 0;
}

const looksLikeToml = (text: string, name: string): boolean =>
  /\.toml$/i.test(name) ||
  (!/\.ya?ml$/i.test(name) &&
    /^[ \t]*\[[A-Za-z"]/m.test(text) &&
    !/^[A-Za-z][\w-]*:[ \t]*$/m.test(text));

function readYaml(ctx: TraefikContext, text: string, labels: Map<string, string>): FlatEntry[] {
  const parsed = parseYamlDocuments(text);
  reportYamlIssues(ctx, parsed.issues, {
    duplicate: 'TRAEFIK_DUPLICATE_KEY',
    syntax: 'TRAEFIK_YAML_SYNTAX',
  });
  const entries: FlatEntry[] = [];
  const objects = new Set(readKubeObjects(parsed).map((o) => o.document));
  for (const o of readKubeObjects(parsed)) {
    if (o.kind !== 'ServersTransport') continue;
    const name = `${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
    labels.set(`serversTransport ${name}`, `ServersTransport ${name}`);
    entries.push(
      ...flattenYaml(getMap(o.map, ['spec'], o.document.index), o.document.index, [
        'http',
        'serversTransports',
        name,
      ]),
    );
  }
  // Kubernetes objects carry Traefik settings only as flags (args) or in the CRD above.
  for (const d of parsed.documents)
    if (!objects.has(d)) entries.push(...flattenYaml(d.doc.contents, d.index));
  return entries;
}

/** Parses one file. Durations in ms (a bare number is seconds). Never throws. */
export function parseTraefik(file: SourceFile): ParseResult {
  const ctx = createFileContext<TraefikCode>(file);
  try {
    const labels = new Map<string, string>();
    let entries: FlatEntry[];
    if (looksLikeToml(file.text, file.name)) {
      const toml = flattenToml(file.text);
      for (const p of toml.problems)
        ctx.report('TRAEFIK_TOML_SYNTAX', 'error', p.message, p.offset);
      entries = toml.entries;
    } else entries = readYaml(ctx, file.text, labels);
    const nodes = buildNodes(ctx, [...entries, ...scanFlags(file.text)], labels);
    if (nodes.length === 0)
      ctx.report(
        'TRAEFIK_NOTHING_TO_READ',
        'info',
        'no entry point and no servers transport found',
        0,
      );
    return { format: FORMAT, nodes, diagnostics: ctx.diagnostics };
  } catch (e) {
    ctx.report('TRAEFIK_INTERNAL_ERROR', 'error', `Parser failure: ${String(e)}`, 0);
    return { format: FORMAT, nodes: [], diagnostics: ctx.diagnostics };
  }
}
