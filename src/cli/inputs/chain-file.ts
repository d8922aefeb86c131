import { dirname, isAbsolute, join } from 'node:path';
import { parseChainFile } from '../../core/chain-file';
import type { ConfigImport } from '../../core/chain-file';
import type { Chain, ChainNode } from '../../core/model/chain';
import type { Diagnostic } from '../../core/model/diagnostic';
import type { SourceFile } from '../../core/parsers/types';
import type { CliIo } from '../io';
import { mapIncludedFiles, parseConfigFile } from '../../core/import/config-file';
import { pairExtractedNodes } from '../../core/import/pairing';

export interface LoadedChainFile {
  chain: Chain;
  notes: string[];
  diagnostics: Diagnostic[];
}

const at = (c: ConfigImport, file: string) => ({ file, line: c.line, column: c.column });

/** Reads the config files one node imports; values the chain file writes win over imported ones. */
async function importConfigs(
  node: ChainNode,
  imports: readonly ConfigImport[],
  chainFile: string,
  io: CliIo,
  out: LoadedChainFile,
): Promise<void> {
  const base = chainFile.startsWith('<') ? '' : dirname(chainFile);
  const files: (SourceFile & { imp: ConfigImport })[] = [];
  for (const imp of imports) {
    const path = isAbsolute(imp.path) || base === '' ? imp.path : join(base, imp.path);
    try {
      files.push({ name: path, text: await io.readFile(path), imp });
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
  const parsedFiles = files.map((file) => ({ file, parsed: parseConfigFile(file, files) }));
  const included = mapIncludedFiles(parsedFiles.map(({ parsed }) => parsed));
  for (const { file, parsed } of parsedFiles) {
    if (included.has(file.name)) continue; // its values already came in through an include
    if (!parsed.ok) {
      out.diagnostics.push({
        code: 'CHAIN_CONFIG_UNKNOWN_FORMAT',
        severity: 'error',
        message: parsed.error,
        ...at(file.imp, chainFile),
      });
      continue;
    }
    out.diagnostics.push(...parsed.value.diagnostics);
    const { scope } = file.imp;
    const candidates =
      scope === undefined
        ? parsed.value.nodes
        : parsed.value.nodes.filter((n) => n.scope === scope);
    const pairing = pairExtractedNodes(file.name, candidates);
    const picked = pairing.nodes.find((n) => n.tech === node.tech);
    if (!picked) {
      const found = parsed.value.nodes.map((n) => `${n.tech} ${n.scope}`).join(', ') || 'nothing';
      out.diagnostics.push({
        code: 'CHAIN_CONFIG_NO_MATCH',
        severity: 'error',
        message: `${file.name} has no ${node.tech} node${scope === undefined ? '' : ` with scope "${scope}"`} (found: ${found})`,
        ...at(file.imp, chainFile),
      });
      continue;
    }
    if (pairing.note) out.notes.push(pairing.note);
    node.settings = { ...picked.settings, ...node.settings };
    if (node.version === undefined && picked.version !== undefined) node.version = picked.version;
  }
}

/** Parses a chain file and imports the config files its nodes name (relative to the chain file). */
export async function loadChainFile(
  name: string,
  text: string,
  io: CliIo,
): Promise<LoadedChainFile> {
  const parsed = parseChainFile(text, name);
  const out: LoadedChainFile = {
    chain: parsed.chain,
    notes: [],
    diagnostics: [...parsed.diagnostics],
  };
  const byNode = new Map<number, ConfigImport[]>();
  for (const c of parsed.configs) byNode.set(c.nodeIndex, [...(byNode.get(c.nodeIndex) ?? []), c]);
  for (const [index, imports] of byNode) {
    const node = parsed.chain.nodes[index];
    if (node) await importConfigs(node, imports, name, io, out);
  }
  return out;
}
