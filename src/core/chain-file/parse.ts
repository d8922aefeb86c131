import { LineIndex } from '../source/line-index';
import { parseYamlDocuments } from '../source/yaml/documents';
import { isMap, isScalar } from '../source/yaml/nodes';
import type { Chain, ChainNode } from '../model/chain';
import { defaultNodeIds } from './node-ids';
import { readNodeEntry, type NodeEntry } from './node-entry';
import { readLinks, readOptions, readTraffic } from './sections';
import { CHAIN_FILE_VERSION, type ChainFileResult, type ConfigImport } from './types';
import { checkKeys, entriesOf, expectSeq, report, type Field, type WalkContext } from './walk';

export const TOP_KEYS = ['version', 'nodes', 'links', 'traffic', 'options'];

/** Something a diagnostic can be placed at: an offset as a node's range. */
const at = (offset: number) => ({ range: [offset] });

/** The first document's root (a chain file is one document), problems reported. */
function readYaml(ctx: WalkContext, text: string): unknown {
  const parsed = parseYamlDocuments(text);
  for (const issue of parsed.issues) {
    const warning = issue.kind === 'warning' || issue.kind === 'too-many-aliases';
    report(
      ctx,
      at(issue.offset),
      warning ? 'CHAIN_YAML_WARNING' : 'CHAIN_YAML_SYNTAX',
      warning ? 'warning' : 'error',
      issue.message,
    );
  }
  const [first, second] = parsed.documents;
  if (second)
    report(
      ctx,
      second.doc.contents ?? at(second.doc.range?.[0] ?? 0),
      'CHAIN_YAML_SYNTAX',
      'error',
      'a chain file is one YAML document: the text after --- is not read',
    );
  if (!first) return null;
  ctx.index = first.index;
  return first.doc.contents;
}

function checkVersion(ctx: WalkContext, pair: Field | undefined): void {
  if (!pair) return;
  const v = isScalar(pair.value) ? pair.value.value : undefined;
  if (v !== CHAIN_FILE_VERSION && v !== String(CHAIN_FILE_VERSION))
    report(
      ctx,
      pair.value ?? pair.key,
      'CHAIN_UNSUPPORTED_VERSION',
      'error',
      `chain file version ${String(v)} is not supported (this tool reads version: ${CHAIN_FILE_VERSION})`,
    );
}

function assignIds(ctx: WalkContext, entries: NodeEntry[]): ChainNode[] {
  const defaults = defaultNodeIds(entries.map((e) => e.node.tech));
  const seen = new Set<string>();
  return entries.map((e, i) => {
    const id = e.node.id ?? defaults[i] ?? `n${i + 1}`;
    if (seen.has(id))
      report(
        ctx,
        e.idAt,
        'CHAIN_DUPLICATE_ID',
        'error',
        `node id "${id}" is used twice; give each node its own id:`,
      );
    seen.add(id);
    return { ...e.node, id };
  });
}

/**
 * Reads a chain file (`*.chain.yaml`, docs/chain-file.md). Never throws: problems are diagnostics
 * (codes in codes.ts) with 1-based line and column, and reading goes on after each one.
 * `file` is the name origins and diagnostics carry. Durations in the result are milliseconds.
 */
export function parseChainFile(text: string, file = 'chain.yaml'): ChainFileResult {
  const ctx: WalkContext = {
    file,
    lines: new LineIndex(text),
    diagnostics: [],
    index: { resolve: (node) => node },
  };
  const empty = (): ChainFileResult => ({
    chain: { nodes: [], links: [] },
    configs: [],
    diagnostics: ctx.diagnostics,
  });
  const root = readYaml(ctx, text);
  if (root === null || (isScalar(root) && root.value === null)) {
    report(
      ctx,
      undefined,
      'CHAIN_MISSING_NODES',
      'error',
      'the file is empty: a chain file needs nodes:',
    );
    return empty();
  }
  if (!isMap(root)) {
    report(
      ctx,
      root,
      'CHAIN_NOT_A_MAPPING',
      'error',
      'a chain file is a mapping with version: and nodes:',
    );
    return empty();
  }
  const fields = entriesOf(ctx, root);
  checkKeys(ctx, fields, TOP_KEYS, 'the chain file');
  const field = (k: string) => fields.find((f) => f.key === k)?.pair;
  checkVersion(ctx, field('version'));
  const nodesPair = field('nodes');
  const entries: NodeEntry[] = [];
  if (!nodesPair)
    report(
      ctx,
      root,
      'CHAIN_MISSING_NODES',
      'error',
      'a chain file needs nodes: (a list, client end first)',
    );
  else {
    const seq = expectSeq(ctx, nodesPair.value, 'nodes', nodesPair.key);
    for (const item of seq?.items ?? []) {
      const entry = readNodeEntry(ctx, item);
      if (entry) entries.push(entry);
    }
    if (seq && seq.items.length === 0)
      report(ctx, nodesPair.key, 'CHAIN_MISSING_NODES', 'error', 'nodes: is empty');
  }
  const nodes = assignIds(ctx, entries);
  const configs: ConfigImport[] = entries.flatMap((e, nodeIndex) =>
    e.configs.map((c) => ({ ...c, nodeIndex })),
  );
  const chain: Chain = { nodes, links: readLinks(ctx, field('links'), nodes.length - 1) };
  const traffic = readTraffic(ctx, field('traffic'));
  if (traffic) chain.traffic = traffic;
  const options = readOptions(ctx, field('options'));
  if (options) chain.options = options;
  return { chain, configs, diagnostics: ctx.diagnostics };
}
