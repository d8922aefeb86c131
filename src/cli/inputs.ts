import type { Chain } from '../core/model/chain';
import type { Diagnostic } from '../core/source/diagnostic';
import type { Ms } from '../core/model/duration';
import { err, ok, type Result } from '../core/model/result';
import type { SourceFile } from '../core/parsers/types';
import { importFiles } from '../core/import/import-files';
import { rankOfTech } from '../core/import/order';
import { formatDiagnostic, hasErrors } from './format/diagnostics';
import type { CliIo } from './io';
import { assembleChain, type Segment } from './inputs/assemble';
import { importChainFileConfigs } from './inputs/chain-file';
import { readTechRef } from './inputs/tech-ref';

export interface LoadedInputs {
  chain: Chain;
  /** Choices the loader made (which nginx server → upstream), one line each, for people. */
  notes: string[];
  /** Warnings and infos from chain files and config parsers (errors make the load fail). */
  diagnostics: Diagnostic[];
  /**
   * The inputs in the order their nodes go by role, then those that add no node (a variables
   * file, an include), for a construction-error suggestion.
   */
  roleOrder: string[];
  /** The inputs that add no node. */
  contextInputs: string[];
}

export interface LoadOptions {
  /** RTT of links no chain file describes (default 1 ms). */
  rttMs?: Ms;
}

/** What values read from stdin (`-`) are attributed to in origins and diagnostics. */
export const STDIN_NAME = '<stdin>';

type Item = { kind: 'tech'; ref: string } | { kind: 'file'; file: SourceFile; input: string };

async function readAll(inputs: readonly string[], io: CliIo): Promise<Result<Item[]>> {
  const items: Item[] = [];
  for (const input of inputs) {
    if (input.startsWith('tech:')) {
      items.push({ kind: 'tech', ref: input.slice(5) });
      continue;
    }
    try {
      const text = await io.readFile(input);
      items.push({ kind: 'file', input, file: { name: input === '-' ? STDIN_NAME : input, text } });
    } catch (e) {
      return err(
        `cannot read ${input === '-' ? 'stdin' : input}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }
  return ok(items);
}

/** Where an input's nodes go on the request path (its first node's role). */
const rankOf = (s: Segment) => rankOfTech(s.nodes[0]?.tech ?? '');

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
 * files (`*.chain.yaml`, or YAML with `nodes:`), and config files, all through the core import
 * pipeline (format detected; a file with several scopes contributes the path a request takes,
 * e.g. nginx server → its upstream; includes and variables resolved among the files given). `-`
 * reads stdin. Fails with a message (first line a summary, then the causes) on unreadable input,
 * an unknown technology or format, a file that yields nothing, or errors in a chain file.
 */
export async function loadChainInputs(
  inputs: readonly string[],
  io: CliIo,
  options: LoadOptions = {},
): Promise<Result<LoadedInputs>> {
  const read = await readAll(inputs, io);
  if (!read.ok) return read;
  const imported = importFiles(read.value.flatMap((i) => (i.kind === 'file' ? [i.file] : [])));
  const notes: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const segments: (Segment & { input: string })[] = [];
  /** Inputs that add no node (a variables file, an include): kept, after the nodes, in an order suggested. */
  const context: string[] = [];
  let fileIndex = 0;
  for (const item of read.value) {
    if (item.kind === 'tech') {
      const node = readTechRef(item.ref);
      if (!node.ok) return node;
      segments.push({ nodes: [node.value.node], input: `tech:${item.ref}` });
      if (node.value.note) notes.push(node.value.note);
      continue;
    }
    const f = imported.files[fileIndex++];
    if (!f) continue;
    const { name } = f;
    if (f.kind === 'unread')
      return err(`${name}: ${f.diagnostics[0]?.message ?? 'cannot be read'}`);
    if (f.format === 'chain-file') {
      if (hasErrors(f.diagnostics))
        return failWith(`${name}: the chain file has errors`, f.diagnostics);
      const loaded = await importChainFileConfigs(f, io);
      if (hasErrors(loaded.diagnostics))
        return failWith(`${name}: the chain file has errors`, loaded.diagnostics);
      // Loops, not push(...many): a spread of 120 000 diagnostics overflows the call stack.
      for (const n of loaded.notes) notes.push(n);
      for (const d of f.diagnostics) diagnostics.push(d);
      for (const d of loaded.diagnostics) diagnostics.push(d);
      segments.push({
        nodes: loaded.nodes,
        links: f.chain?.links ?? [],
        ...(f.chain?.traffic ? { traffic: f.chain.traffic } : {}),
        ...(f.chain?.options ? { options: f.chain.options } : {}),
        input: item.input,
      });
      continue;
    }
    for (const d of f.diagnostics) diagnostics.push(d);
    if (f.kind === 'supplies') {
      notes.push(
        f.includedBy === undefined
          ? `${name}: supplies values to the other files, not a node of its own`
          : f.format === null
            ? `${name}: supplies values to ${f.includedBy}, not a node of its own`
            : `${name}: read through an include of ${f.includedBy}, not as a node of its own`,
      );
      context.push(item.input);
      continue;
    }
    if (f.kind === 'empty' && imported.files.length > 1 && !hasErrors(f.diagnostics)) {
      // Among several files, one with no node of its own may hold what the others read
      // (a Go file of constants, a config module): said, not refused.
      notes.push(`${name}: no node of its own; read as context for the other files`);
      context.push(item.input);
      continue;
    }
    if (f.kind === 'empty') {
      const why = f.diagnostics.find((d) => d.code === 'IMPORT_NOTHING_FOUND');
      return failWith(
        `${name}: ${why?.message ?? `no ${f.formatName} settings found`}`,
        f.diagnostics,
      );
    }
    if (f.note) notes.push(f.note);
    segments.push({
      nodes: f.nodes.map(({ file: _f, scopes: _s, id: _id, ...n }) => n),
      input: item.input,
    });
  }
  const ranked = [...segments].sort((a, b) => rankOf(a) - rankOf(b));
  return ok({
    chain: assembleChain(segments, options.rttMs),
    notes,
    diagnostics,
    roleOrder: [...ranked.map((s) => s.input), ...context],
    contextInputs: context,
  });
}
