import type { Diagnostic } from '../../source/diagnostic';
import { LineIndex } from '../../source/line-index';
import { unknownValue } from '../../model/value';
import type { ExtractedNode } from '../types';
import { writtenSetting } from '../written';
import { CONFIG_KEYS, KESTREL_SCOPE } from './keys';
import { bareNumberWarning, readTimeSpan, type ReadValue } from './timespan';
import { ownEntry } from '../../model/own-entry';

/** `Kestrel__Limits__KeepAliveTimeout` (also `:` separated) as written in an environment. */
const NAME = /\b(kestrel(?:__|:)limits(?:__|:)(?:keepalivetimeout|requestheaderstimeout))\b/gi;

const unquote = (s: string) => s.trim().replace(/^(["'])(.*)\1$/, '$2');

/** The value after the name on its line (`=v`, `: v`, ` v`), or on the k8s `value:` line below. */
export function valueAfter(text: string, end: number, lines: readonly string[], line: number) {
  const rest = /^["']?[ \t]*(?:=|:[ \t]|[ \t])[ \t]*("[^"\n]*"|'[^'\n]*'|[^\s#"']+)/.exec(
    text.slice(end, end + 200),
  );
  if (rest?.[1])
    return { raw: unquote(rest[1]), at: end + (rest.index ?? 0) + rest[0].length - rest[1].length };
  for (let i = line + 1; i < Math.min(lines.length, line + 4); i++) {
    const v = /^(\s*-?\s*)value:\s*("[^"]*"|'[^']*'|\S+)/.exec(lines[i] ?? '');
    if (v?.[2]) return { raw: unquote(v[2]), line: i };
    if (/^\s*-\s*name:/.test(lines[i] ?? '')) break;
  }
  return undefined;
}

function readEnvValue(raw: string): ReadValue {
  if (/\$\{?[A-Za-z_]/.test(raw))
    return {
      ok: true,
      value: unknownValue(raw, 'it comes from a variable not set in the pasted files'),
    };
  return readTimeSpan(raw);
}

/**
 * The Kestrel limits set through environment variables in a Dockerfile (`ENV`), a compose file
 * (`environment:` list or map), a Kubernetes container `env` (`- name:` / `value:`) or a shell
 * script: .NET's configuration reads `__` as `:`, so these set `Kestrel:Limits:…`.
 */
export function readEnvForms(file: string, text: string) {
  const diagnostics: Diagnostic[] = [];
  const index = new LineIndex(text);
  const lines = text.split('\n');
  const node: ExtractedNode = { tech: 'kestrel', scope: KESTREL_SCOPE, settings: {} };
  let found = false;
  for (const m of text.matchAll(NAME)) {
    const name = m[1] ?? '';
    const at = m.index ?? 0;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (/^\s*#/.test(text.slice(lineStart, at))) continue;
    const spec = ownEntry(CONFIG_KEYS, name.toLowerCase().replace(/__/g, ':'));
    if (!spec) continue;
    found = true;
    const pos = index.position(at);
    const v = valueAfter(text, at + name.length, lines, pos.line - 1);
    if (!v) continue;
    const r = readEnvValue(v.raw);
    const days = bareNumberWarning(name, v.raw, file, pos);
    if (r.ok && days) diagnostics.push(days);
    if (r.ok) node.settings[spec.key] = writtenSetting(r.value, file, pos, name);
    else
      diagnostics.push({
        code: 'DOTNET_INVALID_TIMESPAN',
        severity: 'error',
        message: `${name}: ${r.reason}`,
        file,
        ...pos,
      });
  }
  return { nodes: found ? [node] : [], diagnostics };
}
