import { checkSettingRange, isWithinRange } from '../catalog/setting-range';
import { findTech } from '../catalog/registry';
import { findSettingDef } from '../catalog/setting-reader';
import type { SettingInput } from '../model/chain';
import { type Diagnostic } from '../source/diagnostic';
import { LineIndex } from '../source/line-index';
import type { Origin } from '../model/origin';
import { unknownValue } from '../model/value';
import type { ExtractedNode, SourceFile } from '../parsers/types';

type Parsed = { format: string; nodes: ExtractedNode[]; diagnostics: Diagnostic[] };

/** Longest piece of a line kept as the "value as written". */
const MAX_WRITTEN = 80;

/**
 * The value as written on the setting's line: what follows the setting's name (`-5000` in
 * `server.keepAliveTimeout = -5000;`), up to the end of the statement. Undefined when the line
 * does not show it.
 */
function writtenValue(lines: LineIndex, text: string, origin: Origin): string | undefined {
  if (origin.kind !== 'explicit') return undefined;
  const start = lines.lineStart(origin.line);
  const end = origin.line < lines.lineCount ? lines.lineStart(origin.line + 1) : text.length;
  let rest = text.slice(start + Math.max((origin.column ?? 1) - 1, 0), Math.min(end, start + 2000));
  const at = rest.indexOf(origin.setting);
  if (at >= 0) rest = rest.slice(at + origin.setting.length);
  const value = /^["']?\s*[:=]?\s*["']?([^;,}\r\n"'#<]+)/.exec(rest)?.[1]?.trim();
  if (!value || !/\d/.test(value)) return undefined;
  return value.length > MAX_WRITTEN ? `${value.slice(0, MAX_WRITTEN - 1)}…` : value;
}

/**
 * Holds every extracted number to what its technology accepts (the catalog's ranges): a negative
 * value the technology gives a meaning to becomes that meaning with an info diagnostic (Go: no
 * limit); anything else out of range, or not finite, becomes an unknown value with a warning at
 * the setting, so no absurd number reaches the analysis or a snippet.
 */
export function enforceSettingRanges<T extends Parsed>(parsed: T, file: SourceFile): T {
  let lines: LineIndex | undefined;
  const diagnostics: Diagnostic[] = [];
  const nodes = parsed.nodes.map((node) => {
    const tech = findTech(node.tech);
    if (!tech) return node;
    let settings: Record<string, SettingInput> | undefined;
    for (const key in node.settings) {
      const input = node.settings[key];
      if (input === undefined || typeof input.value !== 'number') continue;
      const def = findSettingDef(tech, key);
      if (!def) continue;
      if (def.kind !== 'duration' && def.kind !== 'count') continue;
      if (isWithinRange(def, input.value)) continue;
      const checked = checkSettingRange(def, input.value, tech.name);
      if (checked.ok && checked.value === input.value) continue;
      const o = input.origin;
      const place =
        o.kind === 'explicit' ? { line: o.line, column: o.column ?? 1 } : { line: 1, column: 1 };
      settings ??= { ...node.settings };
      if (checked.ok) {
        settings[key] = { ...input, value: checked.value };
        if (checked.note)
          diagnostics.push({
            code: 'IMPORT_VALUE_MAPPED',
            severity: 'info',
            message: checked.note,
            file: file.name,
            ...place,
          });
        continue;
      }
      lines ??= new LineIndex(file.text);
      const written = writtenValue(lines, file.text, o) ?? String(input.value);
      settings[key] = { ...input, value: unknownValue(written, checked.reason) };
      diagnostics.push({
        code: 'IMPORT_VALUE_OUT_OF_RANGE',
        severity: 'warning',
        message: `${key} = ${written}: ${checked.reason}; the value is treated as unknown`,
        file: file.name,
        ...place,
      });
    }
    return settings ? { ...node, settings } : node;
  });
  if (diagnostics.length === 0) return parsed;
  return { ...parsed, nodes, diagnostics: parsed.diagnostics.concat(diagnostics) };
}
