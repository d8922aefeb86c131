import type { ExtractedNode, ParseResult } from '../types';

/** A node as fixtures write it: settings as [value, "file:line"]. */
export interface NodeSummary {
  scope: string;
  settings: Record<string, [unknown, string]>;
  upstreams?: string[];
}

/** A parse result as fixtures write it: diagnostics as "CODE severity file:line:column". */
export interface ResultSummary {
  nodes: NodeSummary[];
  diagnostics: string[];
}

function summarizeNode(node: ExtractedNode): NodeSummary {
  const settings: NodeSummary['settings'] = {};
  for (const [key, s] of Object.entries(node.settings)) {
    const where =
      s.origin.kind === 'explicit' ? `${s.origin.file}:${s.origin.line}` : s.origin.kind;
    settings[key] = [s.value, where];
  }
  return { scope: node.scope, settings, ...(node.upstreams ? { upstreams: node.upstreams } : {}) };
}

/** Shrinks a parse result to what fixtures assert: every node, setting, origin line and diagnostic. */
export function summarizeResult(result: ParseResult): ResultSummary {
  return {
    nodes: result.nodes.map(summarizeNode),
    diagnostics: result.diagnostics.map(
      (d) => `${d.code} ${d.severity} ${d.file ?? ''}:${d.line}:${d.column}`,
    ),
  };
}
