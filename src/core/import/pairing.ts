import type { ChainNode } from '../model/chain';
import type { ExtractedNode } from '../parsers/types';
import { labelImportedNode } from './node-label';
import type { ProcessNode } from './processes';

/** Nodes a config file contributes to the chain, in request order, and what was chosen. */
export interface Pairing {
  nodes: Omit<ChainNode, 'id'>[];
  /** The extracted scopes each chain node was built from. */
  scopes: string[][];
  /** Says which path was taken when the file offered a choice; undefined when there was none. */
  note?: string;
}

const describeScope = (n: ExtractedNode) => n.scope || n.tech;

/** Scopes named in a note; a file of thousands of servers gets "… and N more". */
const MAX_NAMED = 10;

function describeScopes(nodes: readonly ExtractedNode[]): string {
  const named = nodes.slice(0, MAX_NAMED).map(describeScope).join(', ');
  return nodes.length > MAX_NAMED ? `${named} and ${nodes.length - MAX_NAMED} more` : named;
}

/** An nginx `upstream {}` pool: the client side of the server that proxies to it. */
const isPool = (n: ExtractedNode) => n.tech === 'nginx' && n.scope.startsWith('upstream ');

/** The path a request follows from `start` through `upstreams`, never revisiting a scope. */
function followPath(start: ExtractedNode, byScope: Map<string, ExtractedNode>): ExtractedNode[] {
  const path = [start];
  const seen = new Set([start.scope]);
  let at = start;
  for (;;) {
    const next = (at.upstreams ?? [])
      .map((s) => byScope.get(s))
      .find((n) => n && !seen.has(n.scope));
    if (!next) return path;
    path.push(next);
    seen.add(next.scope);
    at = next;
  }
}

/**
 * Turns the nodes of one config file into chain nodes along the path a request takes: the first
 * scope that forwards (an nginx server) and then the scope it forwards to (its upstream).
 * Consecutive scopes of the same technology are one process — an nginx server and its upstream
 * pool are the two sides of one nginx — so they merge into one chain node.
 */
export function pairExtractedNodes(file: string, extracted: readonly ProcessNode[]): Pairing {
  if (extracted.length === 0) return { nodes: [], scopes: [] };
  // One pass each (a large nginx.conf has thousands of scopes).
  const byScope = new Map<string, ProcessNode>();
  const targets = new Set<string>();
  for (const n of extracted) {
    byScope.set(n.scope, n);
    if (n.upstreams) for (const s of n.upstreams) targets.add(s);
  }
  const forwards = (n: ProcessNode): boolean =>
    !targets.has(n.scope) && (n.upstreams ?? []).some((s) => byScope.has(s));
  // With nothing forwarding inside the file, start at a block that serves requests rather than
  // at a pool nothing proxies to (an unused nginx `upstream {}`).
  const start =
    extracted.find(forwards) ??
    extracted.find((n) => !targets.has(n.scope) && !isPool(n)) ??
    extracted[0];
  if (!start) return { nodes: [], scopes: [] };
  const path = followPath(start, byScope);
  const groups: ExtractedNode[][] = [];
  for (const n of path) {
    const last = groups.at(-1);
    if (last && last[0]?.tech === n.tech) last.push(n);
    else groups.push([n]);
  }
  const nodes = groups.map((g) => mergeGroup(g));
  const unused = extracted.filter((n) => !path.includes(n));
  let note: string | undefined;
  if (unused.length > 0 || (start.upstreams?.length ?? 0) > 1) {
    const chosen = path.map(describeScope).join(' → ');
    note =
      `${file}: using ${chosen}` +
      (unused.length > 0 ? `; not used: ${describeScopes(unused)}` : '') +
      ' (name a scope with config: { path, scope } in a chain file to choose another)';
  } else if (path.length > 1)
    note = `${file}: ${path.map(describeScope).join(' → ')} (the path a request takes)`;
  return { nodes, scopes: groups.map((g) => g.map((n) => n.scope)), ...(note ? { note } : {}) };
}

function mergeGroup(group: readonly ProcessNode[]): Omit<ChainNode, 'id'> {
  const [first] = group;
  if (!first) throw new Error('pairing: empty group');
  const settings = Object.assign(
    {},
    ...[...group].reverse().map((n) => n.settings),
  ) as ChainNode['settings'];
  const version = group.find((n) => n.version !== undefined)?.version;
  // Named as a person would (`nginx :80 → upstream backend`, `gunicorn`, `Go client`).
  const label = labelImportedNode(group);
  const client = group.find((n) => n.client)?.client;
  const syntax = first.syntax;
  return {
    tech: first.tech,
    settings,
    label,
    ...(version !== undefined ? { version } : {}),
    ...(client ? { client } : {}),
    ...(syntax !== undefined ? { syntax } : {}),
  };
}
