import type { Chain } from '../core/model/chain';
import type { Diagnostic } from '../core/model/diagnostic';
import type { Ms } from '../core/model/duration';
import { err, ok, type Result } from '../core/model/result';
import { looksLikeChainFile } from '../core/chain-file';
import type { SourceFile } from '../core/parsers/types';
import { formatDiagnostic, hasErrors } from './format/diagnostics';
import type { CliIo } from './io';
import { assembleChain, type Segment } from './inputs/assemble';
import { loadChainFile } from './inputs/chain-file';
import { mapIncludedFiles, parseConfigFile } from '../core/import/config-file';
import { pairExtractedNodes } from '../core/import/pairing';
import { readTechRef } from './inputs/tech-ref';

export interface LoadedInputs {
  chain: Chain;
  /** Choices the loader made (which nginx server → upstream), one line each, for people. */
  notes: string[];
  /** Warnings and infos from chain files and config parsers (errors make the load fail). */
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** RTT of links no chain file describes (default 1 ms). */
  rttMs?: Ms;
}

/** What values read from stdin (`-`) are attributed to in origins and diagnostics. */
export const STDIN_NAME = '<stdin>';

type Item = { kind: 'tech'; ref: string } | { kind: 'file'; file: SourceFile };

async function readAll(inputs: readonly string[], io: CliIo): Promise<Result<Item[]>> {
  const items: Item[] = [];
  for (const input of inputs) {
    if (input.startsWith('tech:')) {
      items.push({ kind: 'tech', ref: input.slice(5) });
      continue;
    }
    try {
      const text = await io.readFile(input);
      items.push({ kind: 'file', file: { name: input === '-' ? STDIN_NAME : input, text } });
    } catch (e) {
      return err(
        `cannot read ${input === '-' ? 'stdin' : input}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }
  return ok(items);
}

/** One error line, then the error diagnostics that caused it. */
const failWith = (summary: string, ds: readonly Diagnostic[]): Result<never> =>
  err(
    [
      summary,
      ...ds.filter((d) => d.severity === 'error').map((d) => `  ${formatDiagnostic(d)}`),
    ].join('\n'),
  );

/**
 * Builds one chain from CLI inputs, in order from the client end: `tech:<id>[@version]`, chain
 * files (`*.chain.yaml`, or YAML with `nodes:`), and config files (format detected; a file with
 * several scopes contributes the path a request takes, e.g. nginx server → its upstream). `-`
 * reads stdin. Fails with a message (first line a summary, then the causes) on unreadable input,
 * an unknown technology or format, or error diagnostics in a chain file.
 */
export async function loadChainInputs(
  inputs: readonly string[],
  io: CliIo,
  options: LoadOptions = {},
): Promise<Result<LoadedInputs>> {
  const read = await readAll(inputs, io);
  if (!read.ok) return read;
  const files = read.value.flatMap((i) =>
    i.kind === 'file' && !looksLikeChainFile(i.file.text, i.file.name) ? [i.file] : [],
  );
  const parsed = new Map(files.map((f) => [f.name, parseConfigFile(f, files)]));
  const included = mapIncludedFiles(parsed.values());
  const notes: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const segments: Segment[] = [];
  for (const item of read.value) {
    if (item.kind === 'tech') {
      const node = readTechRef(item.ref);
      if (!node.ok) return node;
      segments.push({ nodes: [node.value.node] });
      if (node.value.note) notes.push(node.value.note);
      continue;
    }
    const { name, text } = item.file;
    const config = parsed.get(name);
    if (!config) {
      const loaded = await loadChainFile(name, text, io);
      if (hasErrors(loaded.diagnostics))
        return failWith(`${name}: the chain file has errors`, loaded.diagnostics);
      notes.push(...loaded.notes);
      diagnostics.push(...loaded.diagnostics);
      const { nodes, links, traffic, options: opts } = loaded.chain;
      segments.push({
        nodes,
        links,
        ...(traffic ? { traffic } : {}),
        ...(opts ? { options: opts } : {}),
      });
      continue;
    }
    if (!config.ok) return err(config.error);
    if (included.has(name)) {
      notes.push(`${name}: read through an include of another input, not as a node of its own`);
      continue;
    }
    diagnostics.push(...config.value.diagnostics);
    const pairing = pairExtractedNodes(name, config.value.nodes);
    if (pairing.nodes.length === 0)
      return failWith(
        `${name}: no ${config.value.format} settings found`,
        config.value.diagnostics,
      );
    if (pairing.note) notes.push(pairing.note);
    segments.push({ nodes: pairing.nodes });
  }
  return ok({ chain: assembleChain(segments, options.rttMs), notes, diagnostics });
}
