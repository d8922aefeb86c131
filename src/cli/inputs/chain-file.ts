import { dirname, isAbsolute, join } from 'node:path';
import type { ConfigImport } from '../../core/chain-file';
import type { ChainNode } from '../../core/model/chain';
import type { Diagnostic } from '../../core/source/diagnostic';
import type { SourceFile } from '../../core/parsers/types';
import { importFiles, type FileImport } from '../../core/import/import-files';
import type { CliIo } from '../io';

export interface LoadedChainFile {
  nodes: (Omit<ChainNode, 'id'> & { id?: string })[];
  notes: string[];
  diagnostics: Diagnostic[];
}

const at = (c: ConfigImport, file: string) => ({ file, line: c.line, column: c.column });

/**
 * Reads the config files one node imports through the import pipeline; values the chain file
 * writes win over imported ones.
 */
async function importConfigs(
  node: Omit<ChainNode, 'id'>,
  imports: readonly ConfigImport[],
  chainFile: string,
  io: CliIo,
  out: LoadedChainFile,
): Promise<void> {
  const base = chainFile.startsWith('<') ? '' : dirname(chainFile);
  const files: SourceFile[] = [];
  const byName = new Map<string, ConfigImport>();
  for (const imp of imports) {
    const path = isAbsolute(imp.path) || base === '' ? imp.path : join(base, imp.path);
    try {
      files.push({ name: path, text: await io.readFile(path) });
      byName.set(path, imp);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      out.diagnostics.push({
        code: 'CHAIN_CONFIG_UNREADABLE',
        severity: 'error',
        message: `cannot read ${path}: ${why}`,
        ...at(imp, chainFile),
      });
    }
  }
  for (const f of importFiles(files).files) {
    const imp = byName.get(f.name);
    if (!imp || f.kind === 'supplies') continue; // its values came in through another file
    if (f.kind === 'unread') {
      out.diagnostics.push({
        code: 'CHAIN_CONFIG_UNKNOWN_FORMAT',
        severity: 'error',
        message: `${f.name}: ${f.diagnostics[0]?.message ?? 'cannot be read'}`,
        ...at(imp, chainFile),
      });
      continue;
    }
    for (const d of f.diagnostics) out.diagnostics.push(d);
    const picked = pickNode(f, node.tech, imp.scope);
    if (!picked) {
      const found = f.extracted.map((n) => `${n.tech} ${n.scope}`).join(', ') || 'nothing';
      out.diagnostics.push({
        code: 'CHAIN_CONFIG_NO_MATCH',
        severity: 'error',
        message: `${f.name} has no ${node.tech} node${imp.scope === undefined ? '' : ` with scope "${imp.scope}"`} (found: ${found})`,
        ...at(imp, chainFile),
      });
      continue;
    }
    if (f.note && imp.scope === undefined) out.notes.push(f.note);
    node.settings = { ...picked.settings, ...node.settings };
    if (node.version === undefined && picked.version !== undefined) node.version = picked.version;
  }
}

/** The node of `tech` a file yields: on its request path, or the named scope. */
function pickNode(f: FileImport, tech: string, scope: string | undefined) {
  if (scope === undefined) return f.nodes.find((n) => n.tech === tech);
  const named = f.nodes.find((n) => n.tech === tech && n.scopes[0] === scope);
  return named ?? f.extracted.find((n) => n.tech === tech && n.scope === scope);
}

/** Imports the config files a chain file's nodes name (relative to the chain file). */
export async function importChainFileConfigs(f: FileImport, io: CliIo): Promise<LoadedChainFile> {
  const out: LoadedChainFile = {
    nodes: f.nodes.map(({ file: _f, scopes: _s, ...n }) => ({ ...n, settings: { ...n.settings } })),
    notes: [],
    diagnostics: [],
  };
  const byNode = new Map<number, ConfigImport[]>();
  for (const c of f.chain?.configs ?? [])
    byNode.set(c.nodeIndex, [...(byNode.get(c.nodeIndex) ?? []), c]);
  for (const [index, imports] of byNode) {
    const node = out.nodes[index];
    if (node) await importConfigs(node, imports, f.name, io, out);
  }
  return out;
}
