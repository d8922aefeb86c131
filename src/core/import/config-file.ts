import type { Diagnostic } from '../source/diagnostic';
import { err, ok, type Result } from '../model/result';
import type { ExtractedNode, SourceFile } from '../parsers/types';
import { detectFormat } from '../parsers/detect';
import { PARSERS } from '../parsers/registry';
import { detectUnreadFormat } from './unread-formats';
import { describeNotAConfig } from './not-a-config';
import { guardParse } from '../source/guard';
import { addPositionSpans } from '../source/position-span';

export interface ParsedConfig {
  file: string;
  format: string;
  nodes: ExtractedNode[];
  /** Every diagnostic carries its file. */
  diagnostics: Diagnostic[];
  /** Files it pulled in (nginx `include`), whether or not a value came from them. */
  included?: string[];
}

/** Why a file could not be read: a diagnostic code and a sentence that starts with the file. */
export interface UnreadConfig {
  code: 'IMPORT_UNKNOWN_FORMAT' | 'IMPORT_FORMAT_NOT_READ' | 'IMPORT_NOT_A_CONFIG';
  message: string;
}

/** The message for a file no parser claims: which format it looks like, or what can be read. */
function describeUnread(file: SourceFile, like = detectUnreadFormat(file.text)): UnreadConfig {
  if (like)
    return {
      code: 'IMPORT_FORMAT_NOT_READ',
      message: `${file.name}: looks like a ${like.name} config, which cannot be imported yet; add the node by hand (tech:${like.tech} on the command line, or pick ${like.name} in the app's catalog) and type its values`,
    };
  const what = describeNotAConfig(file.text);
  if (what !== undefined) return { code: 'IMPORT_NOT_A_CONFIG', message: `${file.name}: ${what}` };
  return {
    code: 'IMPORT_UNKNOWN_FORMAT',
    message: `${file.name}: unknown config format; the formats read are ${PARSERS.map((p) => p.name).join(', ')}, and chain files`,
  };
}

/**
 * Detects a config file's format and parses it, with `files` (all files given together) as the
 * context for includes and variables. A file no parser claims fails with what it looks like.
 */
export function parseConfigFile(
  file: SourceFile,
  files: readonly SourceFile[],
): Result<ParsedConfig, UnreadConfig> {
  const like = detectUnreadFormat(file.text);
  if (like?.overrides) return err(describeUnread(file, like));
  const detection = detectFormat(file.text, file.name);
  if (!detection.parser) return err(describeUnread(file, like));
  const result = guardParse(detection.parser, file, files);
  return ok({
    file: file.name,
    format: result.format,
    nodes: result.nodes,
    // Readers that place diagnostics by line and column get the spans the editor underlines.
    diagnostics: addPositionSpans(
      result.diagnostics.map((d) => (d.file ? d : { ...d, file: file.name })),
      (name) => (name === file.name ? file.text : files.find((f) => f.name === name)?.text),
    ),
    ...(result.included ? { included: result.included } : {}),
  });
}

/** Files other than the parsed one that it pulled in or drew values from (nginx `include`). */
function listReferencedFiles(parsed: ParsedConfig): Set<string> {
  const out = new Set<string>(parsed.included?.filter((name) => name !== parsed.file));
  for (const n of parsed.nodes)
    for (const key in n.settings) {
      const origin = n.settings[key]?.origin;
      if (origin?.kind === 'explicit' && origin.file !== parsed.file) out.add(origin.file);
    }
  return out;
}

/**
 * Which of the given files another one includes (nginx `include`): included file name → the name
 * of the first file that includes it. An included file adds no chain nodes of its own; its values
 * arrive through the file that includes it. Failed parses include nothing.
 */
export function mapIncludedFiles(
  parsed: Iterable<Result<ParsedConfig, unknown>>,
): Map<string, string> {
  const out = new Map<string, string>();
  const all = [...parsed];
  // One file alone includes no other given file (and a large one has thousands of settings).
  if (all.length < 2) return out;
  for (const p of all) {
    if (!p.ok) continue;
    for (const name of listReferencedFiles(p.value))
      if (!out.has(name)) out.set(name, p.value.file);
  }
  return out;
}
