import type { SettingScalar } from '../../model/chain';
import type { Span } from '../code/brackets';
import { quoteExpression, type CodeScan } from '../code/scan';
import { unresolvedValue } from '../code/unknown';
import type { ModuleKind, ImportedName } from './imports';
import { envFallback } from './env-default';
import { evaluateJs, parseJsBool, type JsNames } from './values';

/** The state shared by the Node extraction passes. */
export interface NodeScan {
  scan: CodeScan;
  names: JsNames;
  imports: Map<string, ImportedName>;
}

export type JsValueKind = 'ms' | 'count' | 'bool';

/** A JS option or property the Node parser reads: its technology, catalog key and kind. */
export interface JsSetting {
  tech: 'node-http-server' | 'node-agent' | 'undici';
  key: string;
  kind: JsValueKind;
}

/**
 * Evaluates `value` and records it as `setting.key` under `scope`; `written` is the name as
 * written at `keyOffset`. Unresolvable values give `NODE_UNRESOLVED_EXPRESSION` and an unknown
 * value (never the default).
 */
export function writeJsSetting(
  node: NodeScan,
  scope: string,
  setting: JsSetting,
  written: string,
  keyOffset: number,
  value: Span,
): void {
  const { scan } = node;
  const expr = scan.masked.slice(value.start, value.end);
  const v = evaluateValue(expr, setting.kind, node.names);
  const fallback =
    v === undefined && setting.kind !== 'bool'
      ? envFallback(node.names, scan.text.slice(value.start, value.end).trim())
      : undefined;
  if (fallback && (setting.kind !== 'count' || Number.isInteger(fallback.value))) {
    scan.report(
      'NODE_ENV_DEFAULT',
      'info',
      `${written} is ${fallback.value} (the fallback written in the code) unless ${fallback.variable} is set where the process runs.`,
      value.start,
      value.end,
    );
    scan.set(setting.tech, scope, setting.key, fallback.value, keyOffset, written);
    return;
  }
  if (v === undefined) {
    const env = /process\s*\.\s*env/.test(expr) ? ' (it depends on an environment variable)' : '';
    scan.report(
      'NODE_UNRESOLVED_EXPRESSION',
      'warning',
      `Cannot work out ${written} = ${quoteExpression(expr)} from the pasted files${env}: it is unknown until you set its value in the chain.`,
      value.start,
      value.end,
    );
    const unknown = unresolvedValue(scan.text.slice(value.start, value.end));
    scan.set(setting.tech, scope, setting.key, unknown, keyOffset, written);
    return;
  }
  scan.set(setting.tech, scope, setting.key, v, keyOffset, written);
}

function evaluateValue(expr: string, kind: JsValueKind, names: JsNames): SettingScalar | undefined {
  if (kind === 'bool') return parseJsBool(expr, names.bools);
  const r = evaluateJs(expr, names.numbers);
  if (!r.ok) return undefined;
  if (kind === 'count' && !Number.isInteger(r.value)) return undefined;
  return r.value;
}

/** The module a (possibly dotted) constructor or object name comes from, if known. */
export function sourceOf(
  node: NodeScan,
  name: string,
): { kind: ModuleKind; exported: string } | undefined {
  const [head, ...rest] = name.split('.');
  const imported = node.imports.get(head ?? '');
  if (!imported) return undefined;
  if (imported.exported === '*') return { kind: imported.kind, exported: rest.join('.') || '*' };
  return rest.length === 0 ? imported : undefined;
}
