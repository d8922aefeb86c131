import { parseAllDocuments } from 'yaml';
import { LineIndex } from '../../model/diagnostic';
import type { ExtractedNode, ParseContext, ParseResult, ParserDef, SourceFile } from '../types';
import { detectIngressNginx } from './detect';
import { findExcessiveNesting } from './nesting';
import { findConfigSources } from './sources';
import { extractSource, reportAt, type IngressContext } from './to-model';

/**
 * Parses ingress-nginx controller settings: a `kind: ConfigMap` (multi-document manifests too)
 * or Helm values (`controller.config`), one node per settings map. Uses yaml's document API, which
 * keeps each node's source range (never `yaml.parse`); never throws.
 */
export function parseIngressNginx(file: SourceFile, _context?: ParseContext): ParseResult {
  const ctx: IngressContext = {
    file: file.name,
    lines: new LineIndex(file.text),
    length: file.text.length,
    diagnostics: [],
    errorOffsets: [],
  };
  const tooDeep = findExcessiveNesting(file.text);
  if (tooDeep >= 0) {
    reportAt(
      ctx,
      tooDeep,
      'INGRESS_YAML_ERROR',
      'error',
      'the YAML nests too deeply to be a values file; not read',
    );
    return { format: 'ingress-nginx', nodes: [], diagnostics: ctx.diagnostics };
  }
  const documents = parseAllDocuments(file.text, { prettyErrors: false });
  const nodes: ExtractedNode[] = [];
  const seen = new Map<string, number>();
  for (const doc of documents) {
    ctx.errorOffsets = doc.errors.map((e) => e.pos[0]);
    for (const error of doc.errors)
      reportAt(ctx, error.pos[0], 'INGRESS_YAML_ERROR', 'error', error.message);
    for (const source of findConfigSources(doc.contents)) {
      const node = extractSource(source, ctx);
      const count = (seen.get(node.scope) ?? 0) + 1;
      seen.set(node.scope, count);
      if (count > 1) {
        node.scope = `${node.scope} #${count}`;
        node.label = `ingress-nginx ${node.scope}`;
      }
      nodes.push(node);
    }
  }
  const diagnostics = ctx.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { format: 'ingress-nginx', nodes, diagnostics };
}

export const ingressNginxParser: ParserDef = {
  id: 'ingress-nginx',
  name: 'ingress-nginx ConfigMap / Helm values',
  detect: detectIngressNginx,
  parse: parseIngressNginx,
};
