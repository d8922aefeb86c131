import { looksLikeChainFile, parseChainFile, type ConfigImport } from '../chain-file';
import type { Chain, ChainNode, Link } from '../model/chain';
import type { Diagnostic } from '../source/diagnostic';
import { PARSERS } from '../parsers/registry';
import type { ExtractedNode, SourceFile } from '../parsers/types';
import {
  mapIncludedFiles,
  parseConfigFile,
  type ParsedConfig,
  type UnreadConfig,
} from './config-file';
import { describeWhatIsRead } from './format-reads';
import { enforceSettingRanges } from './enforce-ranges';
import { capFileDiagnostics } from './cap-diagnostics';
import { repairFlatYaml, type FlatYamlRepair } from './flat-yaml';
import { orderByRole } from './order';
import { pairExtractedNodes } from './pairing';
import { distinguishLabels } from './node-label';
import { mergeProcesses } from './processes';
import { expandDocuments } from './documents/expand';
import type { Result } from '../model/result';

/** Files larger than this are refused: no config is that large, and the app is a browser tab. */
export const MAX_IMPORT_CHARS = 10_000_000;

/** A chain node an import found, with the file and scopes it came from. */
export type ImportedNode = Omit<ChainNode, 'id'> & {
  /** Kept from a chain file; assigned when the nodes join a chain otherwise. */
  id?: string;
  /** The file the node was read from. */
  file: string;
  /** The scopes of that file it was built from (`server :80`, `upstream app`). */
  scopes: string[];
};

/** What one given file turned out to be, and what it contributes. */
export interface FileImport {
  name: string;
  /** Parser id (`nginx`), `chain-file`, or null when nothing could be read. */
  format: string | null;
  /** For people: `nginx`, `Spring Boot`, `chain file`. */
  formatName: string;
  /**
   * `nodes`: adds nodes; `supplies`: only feeds other files (an nginx include, a Terraform
   * variables file); `empty`: read, but nothing found; `unread`: not read (unknown format, too
   * large, empty text).
   */
  kind: 'nodes' | 'supplies' | 'empty' | 'unread';
  /** The parser's nodes, one per scope (what `extract` lists). */
  extracted: ExtractedNode[];
  /** The chain nodes this file adds, in request order. */
  nodes: ImportedNode[];
  /** A chain file's own links, settings and config imports. */
  chain?: Pick<Chain, 'links' | 'traffic' | 'options'> & { configs: ConfigImport[] };
  /** Every diagnostic names its file. */
  diagnostics: Diagnostic[];
  /** Which path through the file was taken, when it offered a choice. */
  note?: string;
  /** The file that includes this one (nginx `include`): its values arrive through that file. */
  includedBy?: string;
}

export interface ImportResult {
  files: FileImport[];
  /** Every node of every file: files in the given order, each file's nodes in request order. */
  nodes: ImportedNode[];
  /** The same nodes ordered by role (clients → CDNs → load balancers → proxies → apps). */
  byRole: ImportedNode[];
  /** Says the role order when it differs from the given one. */
  orderNote?: string;
}

const formatName = (id: string): string => PARSERS.find((p) => p.id === id)?.name ?? id;

const fileDiagnostic = (
  file: string,
  code: string,
  severity: Diagnostic['severity'],
  message: string,
): Diagnostic => ({ code, severity, message, line: 1, column: 1, file });

function unread(file: SourceFile, code: string, message: string, shownAs = 'unknown'): FileImport {
  return {
    name: file.name,
    format: null,
    formatName: shownAs,
    kind: 'unread',
    extracted: [],
    nodes: [],
    diagnostics: [fileDiagnostic(file.name, code, 'error', message)],
  };
}

function readChainFile(file: SourceFile): FileImport {
  const r = parseChainFile(file.text, file.name);
  const { links, traffic, options } = r.chain;
  return {
    name: file.name,
    format: 'chain-file',
    formatName: 'chain file',
    kind: r.chain.nodes.length > 0 ? 'nodes' : 'empty',
    extracted: [],
    nodes: r.chain.nodes.map((n) => ({ ...n, file: file.name, scopes: [] })),
    chain: {
      links,
      ...(traffic ? { traffic } : {}),
      ...(options ? { options } : {}),
      configs: r.configs,
    },
    diagnostics: r.diagnostics.map((d) => (d.file ? d : { ...d, file: file.name })),
  };
}

function readConfig(parsed: Result<ParsedConfig, UnreadConfig>, file: SourceFile): FileImport {
  if (!parsed.ok)
    return unread(file, parsed.error.code, parsed.error.message.slice(file.name.length + 2));
  const { format, nodes: extracted, diagnostics } = enforceSettingRanges(parsed.value, file);
  const pairing = pairExtractedNodes(file.name, mergeProcesses(format, extracted));
  const nodes = pairing.nodes.map((n, i) => ({
    ...n,
    file: file.name,
    scopes: pairing.scopes[i] ?? [],
  }));
  const nothing = diagnostics.find((d) => d.code.endsWith('_NOTHING_TO_READ'));
  const supplies = nodes.length === 0 && !nothing && diagnostics.some((d) => d.severity === 'info');
  const out: FileImport = {
    name: file.name,
    format,
    formatName: formatName(format),
    kind: nodes.length > 0 ? 'nodes' : supplies ? 'supplies' : 'empty',
    extracted,
    nodes,
    diagnostics,
    ...(pairing.note ? { note: pairing.note } : {}),
  };
  if (out.kind === 'nodes' && nodes.every(isAtDefaults))
    out.diagnostics = [
      ...diagnostics,
      fileDiagnostic(
        file.name,
        'IMPORT_DEFAULTS_ONLY',
        'warning',
        `read as ${formatName(format)}, but no keep-alive setting is written in it: ${nodes.map((n) => n.label ?? n.tech).join(', ')} ${nodes.length > 1 ? 'are' : 'is'} at the technology's defaults`,
      ),
    ];
  if (out.kind === 'empty' && !diagnostics.some((d) => d.severity === 'error'))
    out.diagnostics = [
      ...diagnostics,
      fileDiagnostic(
        file.name,
        'IMPORT_NOTHING_FOUND',
        'warning',
        `read as ${formatName(format)}, but no keep-alive settings were found: ${
          nothing?.message ?? `this reader looks for ${describeWhatIsRead(format)}`
        }`,
      ),
    ];
  return out;
}

/** A node none of whose settings is written in the files (all defaults or fallbacks). */
const isAtDefaults = (n: Omit<ChainNode, 'id'>): boolean =>
  Object.values(n.settings).every((s) => s.origin?.kind !== 'explicit');

/**
 * The one import pipeline, shared by the app, `check`, `extract`, `url`, `simulate` and chain
 * files' `config:`: detect each file's format → parse (includes and variables resolved among the
 * files given together) → chain nodes along the path a request takes in each file → the nodes
 * ordered by role. Pure and synchronous; never throws on user input.
 */
export function importFiles(given: readonly SourceFile[]): ImportResult {
  // A document (README, article) is read as its config snippets, each through this pipeline.
  const documents = expandDocuments(given, MAX_IMPORT_CHARS);
  const files = documents.files;
  const repairs = new Map<string, FlatYamlRepair>();
  const configs = files
    .filter(
      (f) =>
        f.text.length <= MAX_IMPORT_CHARS &&
        f.text.trim() !== '' &&
        !looksLikeChainFile(f.text, f.name),
    )
    .map((f) => {
      const repair = repairFlatYaml(f.text, f.name);
      if (!repair) return f;
      repairs.set(f.name, repair);
      return { name: f.name, text: repair.text };
    });
  const parses = new Map(configs.map((f) => [f.name, parseConfigFile(f, configs)]));
  const includedBy = mapIncludedFiles(parses.values());
  const imports = files.map((file): FileImport => {
    if (file.text.length > MAX_IMPORT_CHARS)
      return unread(
        file,
        'IMPORT_TOO_LARGE',
        `larger than ${MAX_IMPORT_CHARS / 1_000_000} MB: split it or give the relevant part`,
      );
    if (file.text.trim() === '') return unread(file, 'IMPORT_EMPTY', 'the file is empty', 'empty');
    const parsed = parses.get(file.name);
    const read = capFileDiagnostics(parsed ? readConfig(parsed, file) : readChainFile(file));
    const repair = repairs.get(file.name);
    if (repair) read.diagnostics = [...repair.diagnostics, ...read.diagnostics];
    const by = includedBy.get(file.name);
    if (by !== undefined && read.format !== 'chain-file')
      return {
        ...read,
        kind: 'supplies',
        nodes: [],
        includedBy: by,
        // A file no reader takes on its own (a compose file) that another drew values from.
        ...(read.kind === 'unread'
          ? {
              formatName: 'values',
              diagnostics: [
                fileDiagnostic(
                  file.name,
                  'IMPORT_SUPPLIES_VALUES',
                  'info',
                  `read for the values ${by} takes from it`,
                ),
              ],
            }
          : {}),
      };
    return read;
  });
  const out = documents.fold(imports);
  // Config files' nodes that would read the same are told apart; a chain file's labels are the user's.
  const named = out.filter((f) => f.format !== 'chain-file');
  const labels = distinguishLabels(named.flatMap((f) => f.nodes));
  let k = 0;
  for (const f of named)
    f.nodes = f.nodes.map((n) => {
      const label = labels[k++];
      return label ? { ...n, label } : n;
    });
  const nodes = out.flatMap((f) => f.nodes);
  const ordered = orderByRole(nodes, (n) => n.tech);
  return {
    files: out,
    nodes,
    byRole: ordered.items,
    ...(ordered.changed
      ? {
          orderNote: `ordered by role from the client end: ${ordered.items.map(describeImportedNode).join(' → ')}`,
        }
      : {}),
  };
}

/** `nginx server :80 (nginx.conf)` */
export const describeImportedNode = (n: ImportedNode): string => `${n.label ?? n.tech} (${n.file})`;

export type { Link };
