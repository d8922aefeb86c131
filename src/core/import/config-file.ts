import type { Diagnostic } from '../model/diagnostic';
import { err, ok, type Result } from '../model/result';
import type { ExtractedNode, SourceFile } from '../parsers/types';
import { describeResemblance, detectFormat } from '../parsers/detect';

export interface ParsedConfig {
  file: string;
  format: string;
  nodes: ExtractedNode[];
  /** Every diagnostic carries its file. */
  diagnostics: Diagnostic[];
}

/**
 * Detects a config file's format and parses it, with `files` (all files given together) as the
 * context for includes. An unknown format is an error naming the formats it resembles.
 */
export function parseConfigFile(
  file: SourceFile,
  files: readonly SourceFile[],
): Result<ParsedConfig> {
  const detection = detectFormat(file.text, file.name);
  if (!detection.parser)
    return err(`${file.name}: unknown config format; ${describeResemblance(detection)}`);
  const result = detection.parser.parse(file, { files });
  return ok({
    file: file.name,
    format: result.format,
    nodes: result.nodes,
    diagnostics: result.diagnostics.map((d) => (d.file ? d : { ...d, file: file.name })),
  });
}

/** Files other than the parsed one that it drew values from (nginx `include`). */
function listReferencedFiles(parsed: ParsedConfig): Set<string> {
  const out = new Set<string>();
  for (const n of parsed.nodes)
    for (const s of Object.values(n.settings))
      if (s.origin.kind === 'explicit' && s.origin.file !== parsed.file) out.add(s.origin.file);
  return out;
}

/**
 * Which of the given files another one includes (nginx `include`): included file name → the name
 * of the first file that includes it. An included file adds no chain nodes of its own; its values
 * arrive through the file that includes it. Failed parses include nothing.
 */
export function mapIncludedFiles(parsed: Iterable<Result<ParsedConfig>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of parsed) {
    if (!p.ok) continue;
    for (const name of listReferencedFiles(p.value))
      if (!out.has(name)) out.set(name, p.value.file);
  }
  return out;
}
