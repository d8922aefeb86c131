import { isMap, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../../source/diagnostic';
import { parseJsonc } from '../../source/jsonc';
import { LineIndex } from '../../source/line-index';
import { readEntries } from '../../source/yaml/entries';
import type { YamlIndex } from '../../source/yaml/walk';
import type { ExtractedNode } from '../types';
import { writtenSetting } from '../written';
import { CONFIG_KEYS, KESTREL_SCOPE } from './keys';
import { bareNumberWarning, readTimeSpan } from './timespan';

/** Nesting past this is not searched for Kestrel keys (they sit three levels down). */
const MAX_PATH = 8;

/**
 * `appsettings*.json` (comments and trailing commas allowed, as .NET reads it): the Kestrel
 * section's `Limits:KeepAliveTimeout` and `Limits:RequestHeadersTimeout`, nested or written as
 * one `"Kestrel:Limits:KeepAliveTimeout"` key, in any letter case. A later key wins, as in .NET.
 */
export function readAppSettings(file: string, text: string, isAppSettings: boolean) {
  const diagnostics: Diagnostic[] = [];
  const index = new LineIndex(text);
  const parsed = parseJsonc(text);
  for (const issue of parsed.issues)
    diagnostics.push({
      code: issue.kind === 'duplicate-key' ? 'DOTNET_DUPLICATE_KEY' : 'DOTNET_JSON_SYNTAX',
      severity: issue.severity,
      message: issue.message,
      file,
      ...index.position(issue.offset),
    });
  const node: ExtractedNode = { tech: 'kestrel', scope: KESTREL_SCOPE, settings: {} };
  let sawKestrel = false;
  const visit = (map: YAMLMap, prefix: string, depth: number, yamlIndex: YamlIndex) => {
    for (const e of readEntries(map, yamlIndex)) {
      const path = prefix === '' ? e.key.toLowerCase() : `${prefix}:${e.key.toLowerCase()}`;
      if (path.startsWith('kestrel')) sawKestrel = true;
      const child = yamlIndex.resolve(e.node);
      if (isMap(child) && depth < MAX_PATH) visit(child, path, depth + 1, yamlIndex);
      if (!Object.hasOwn(CONFIG_KEYS, path)) continue;
      const spec = CONFIG_KEYS[path];
      if (!spec || e.value === undefined || e.value === null) continue;
      const r = readTimeSpan(String(e.value));
      const nameAt = e.keyStart + (text[e.keyStart] === '"' ? 1 : 0);
      const days = bareNumberWarning(e.key, String(e.value), file, index.position(e.valueStart));
      if (r.ok && days) diagnostics.push(days);
      if (r.ok)
        node.settings[spec.key] = writtenSetting(r.value, file, index.position(nameAt), e.key);
      else
        diagnostics.push({
          code: 'DOTNET_INVALID_TIMESPAN',
          severity: 'error',
          message: `${e.key}: ${r.reason}`,
          file,
          ...index.position(e.valueStart),
        });
    }
  };
  for (const { doc, index: yamlIndex } of parsed.documents) {
    const root = yamlIndex.resolve(doc.contents);
    if (isMap(root)) visit(root, '', 0, yamlIndex);
  }
  const nodes = sawKestrel || isAppSettings ? [node] : [];
  return { nodes, diagnostics };
}
