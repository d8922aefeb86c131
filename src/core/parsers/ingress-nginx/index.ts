import { LineIndex } from '../../source/line-index';
import { parseYamlDocuments, type YamlIssue } from '../../source/yaml/documents';
import { readKubeObjects } from '../../source/yaml/kubernetes';
import type { ExtractedNode, ParseContext, ParseResult, ParserDef, SourceFile } from '../types';
import { detectIngressNginx } from './detect';
import { readEmbeddedValues, readHelmfileValues } from './embedded-values';
import { checkIngressAnnotations, readControllerServices } from './objects';
import { findValuesSources, readConfigMapSource, type ConfigSource } from './sources';
import { extractSource, reportAt, type IngressContext } from './to-model';
import type { IngressCode } from './values';

const ISSUE_CODES: Record<YamlIssue['kind'], IngressCode> = {
  syntax: 'INGRESS_YAML_ERROR',
  warning: 'INGRESS_YAML_ERROR',
  'duplicate-key': 'INGRESS_DUPLICATE_KEY',
  'too-deep': 'INGRESS_YAML_ERROR',
  'too-large': 'INGRESS_YAML_ERROR',
  'too-many-aliases': 'INGRESS_YAML_ERROR',
  'too-many-tokens': 'INGRESS_YAML_ERROR',
};

/**
 * Parses ingress-nginx controller settings through the shared YAML front end: a `kind: ConfigMap`
 * (multi-document manifests, `kind: List`) or Helm values (`controller.config`; the chart's
 * defaults when `controller:` has no `config:`), one node per settings map; the cloud load
 * balancer in front of the controller from its Service annotations; and a warning for per-Ingress
 * annotations ingress-nginx does not have. Never throws.
 */
export function parseIngressNginx(file: SourceFile, _context?: ParseContext): ParseResult {
  const ctx: IngressContext = {
    file: file.name,
    text: file.text,
    lines: new LineIndex(file.text),
    length: file.text.length,
    diagnostics: [],
    errorOffsets: [],
  };
  const parsed = parseYamlDocuments(file.text);
  for (const issue of parsed.issues)
    reportAt(ctx, issue.offset, ISSUE_CODES[issue.kind], issue.severity, issue.message);
  ctx.errorOffsets = parsed.issues.filter((i) => i.kind === 'syntax').map((i) => i.offset);
  const objects = readKubeObjects(parsed);
  const sources: ConfigSource[] = objects.flatMap((o) =>
    o.kind === 'ConfigMap' ? (readConfigMapSource(o) ?? []) : readEmbeddedValues(o),
  );
  for (const document of parsed.documents)
    for (const source of [...readHelmfileValues(document), ...findValuesSources(document)])
      sources.push(source);
  const controllers: ExtractedNode[] = [];
  const seen = new Map<string, number>();
  for (const source of sources) {
    const node = extractSource(source, ctx);
    const count = (seen.get(node.scope) ?? 0) + 1;
    seen.set(node.scope, count);
    if (count > 1) {
      node.scope = `${node.scope} #${count}`;
      node.label = `ingress-nginx ${node.scope}`;
    }
    controllers.push(node);
  }
  // The load balancer in front of the controller comes before it in the chain and forwards to it.
  const balancers = readControllerServices(objects, sources, ctx);
  const controller = controllers[0];
  if (controller) for (const lb of balancers) lb.upstreams = [controller.scope];
  const nodes = balancers.concat(controllers);
  checkIngressAnnotations(objects, parsed.documents, ctx);
  const diagnostics = ctx.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { format: 'ingress-nginx', nodes, diagnostics };
}

export const ingressNginxParser: ParserDef = {
  id: 'ingress-nginx',
  name: 'ingress-nginx ConfigMap / Helm values',
  detect: detectIngressNginx,
  parse: parseIngressNginx,
};
