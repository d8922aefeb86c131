import type { Diagnostic } from '../../core/model/diagnostic';
import { err, ok, type Result } from '../../core/model/result';
import type { ExtractedNode, SourceFile } from '../../core/parsers/types';
import { describeResemblance, detectFormat } from '../../core/parsers/detect';

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

/** Files other than `self` that a parse drew values from (nginx `include`). */
export function listReferencedFiles(parsed: ParsedConfig): Set<string> {
  const out = new Set<string>();
  for (const n of parsed.nodes)
    for (const s of Object.values(n.settings))
      if (s.origin.kind === 'explicit' && s.origin.file !== parsed.file) out.add(s.origin.file);
  return out;
}
