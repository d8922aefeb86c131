import { parseYamlDocuments } from '../../source/yaml/documents';
import { readKubeObjects } from '../../source/yaml/kubernetes';
import { createFileContext, reportYamlIssues } from '../file-context';
import type { ExtractedNode, ParseResult, ParserDef, SourceFile } from '../types';
import type { IstioCode, IstioContext } from './context';
import { readDestinationRule } from './destination-rule';
import { readEnvoyFilter } from './envoy-filter';

const FORMAT = 'istio';

/** Istio networking resources: DestinationRule connection pools and EnvoyFilter idle patches. */
export const istioParser: ParserDef = {
  id: FORMAT,
  name: 'Istio (DestinationRule / EnvoyFilter)',
  detect: detectIstio,
  parse: parseIstio,
};

const ISTIO_API = /^[ \t]*apiVersion:[ \t]*["']?networking\.istio\.io\//m;

/** Confidence 0..1 from the content: Istio's API group and a kind this reader knows. */
export function detectIstio(text: string): number {
  if (!ISTIO_API.test(text)) return 0;
  if (/^[ \t]*kind:[ \t]*["']?(?:DestinationRule|EnvoyFilter)\b/m.test(text)) return 0.95;
  return 0.5;
}

/** Parses one manifest file (several `---` documents). Durations in ms. Never throws. */
export function parseIstio(file: SourceFile): ParseResult {
  const base = createFileContext<IstioCode>(file);
  try {
    const parsed = parseYamlDocuments(file.text);
    reportYamlIssues(base, parsed.issues, {
      duplicate: 'ISTIO_DUPLICATE_KEY',
      syntax: 'ISTIO_YAML_SYNTAX',
    });
    const rules: ExtractedNode[] = [];
    const filters: ExtractedNode[] = [];
    for (const o of readKubeObjects(parsed)) {
      if (!o.apiVersion?.startsWith('networking.istio.io/')) continue;
      const ctx: IstioContext = { ...base, index: o.document.index };
      if (o.kind === 'DestinationRule') rules.push(...readDestinationRule(ctx, o));
      else if (o.kind === 'EnvoyFilter') {
        const node = readEnvoyFilter(ctx, o);
        if (node) filters.push(node);
      }
    }
    // An EnvoyFilter sets the sidecar's own listener; a DestinationRule in the same file its pool:
    // the request goes through the listener to the pool, so they pair into one sidecar node.
    const pool = rules[0]?.scope;
    const nodes = [...filters.map((f) => (pool ? { ...f, upstreams: [pool] } : f)), ...rules];
    if (nodes.length === 0 && parsed.documents.length > 0)
      base.report(
        'ISTIO_NOTHING_TO_READ',
        'info',
        'no DestinationRule and no EnvoyFilter that sets an idle timeout',
        0,
      );
    return { format: FORMAT, nodes, diagnostics: base.diagnostics };
  } catch (e) {
    base.report('ISTIO_INTERNAL_ERROR', 'error', `Parser failure: ${String(e)}`, 0);
    return { format: FORMAT, nodes: [], diagnostics: base.diagnostics };
  }
}
