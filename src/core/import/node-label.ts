import { findTech } from '../catalog/registry';
import type { ExtractedNode } from '../parsers/types';

/**
 * A variable, field or function the code parsers name a scope after (`srv`, `createClient()`,
 * `s in newServer()`, `HttpClient at line 14`).
 */
const CODE_NAME = /^[\w$.]+(?:\(\))?(?: in [\w$.]+(?:\(\))?| at line \d+)?$/;

/** What a scope adds to a node's label: nginx `server :80` → `:80`; a code name adds nothing. */
function describeScopeForLabel(n: ExtractedNode): string {
  const scope = n.scope.trim();
  if (scope === '' || scope === n.tech || CODE_NAME.test(scope)) return '';
  if (n.tech === 'nginx' && scope.startsWith('server ')) return scope.slice('server '.length);
  return scope;
}

/** How people name a node of `tech`: the catalog's short label (`Go client`), else its name. */
export const nameTech = (tech: string): string => {
  const def = findTech(tech);
  return def?.label ?? def?.name ?? tech;
};

/**
 * The label of a chain node built from one file's scopes, as a person would write it:
 * `nginx :80 → upstream backend`, `gunicorn`, `Go client` — the parser's own label when it gave
 * one (`AWS ALB aws_lb.app`). A variable or function name is left out: it tells a reader little,
 * and the values' origins point at the lines.
 */
export function labelImportedNode(group: readonly ExtractedNode[]): string {
  const [first] = group;
  if (!first) return '';
  // A parser's label that only repeats technology and scope (`nginx server :80`) says no more
  // than the scopes do; one of its own (`AWS ALB aws_lb.app`) is kept.
  if (first.label && first.label !== `${first.tech} ${first.scope}`) return first.label;
  const scopes = group.map(describeScopeForLabel).filter((s) => s !== '');
  return scopes.length > 0 ? `${nameTech(first.tech)} ${scopes.join(' → ')}` : nameTech(first.tech);
}

/**
 * Labels stay apart in one import: nodes that would read the same (two Go servers) are told
 * apart by their file (`Go server (api.go)`). Returns the labels in the given order.
 */
export function distinguishLabels(nodes: readonly { label?: string; file: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.label ?? '', (counts.get(n.label ?? '') ?? 0) + 1);
  return nodes.map((n) =>
    n.label && (counts.get(n.label) ?? 0) > 1 ? `${n.label} (${n.file})` : (n.label ?? ''),
  );
}
