import { isScalar } from 'yaml';
import type { SettingInput } from '../../model/chain';
import type { Diagnostic, LineIndex, Severity } from '../../model/diagnostic';
import type { ExtractedNode } from '../types';
import { INGRESS_KEYS, findClosestKey, looksLikeKeepaliveKey } from './keys';
import type { ConfigSource } from './sources';
import { readIngressValue, type IngressCode } from './values';
import { writtenSetting } from '../written';

export interface IngressContext {
  file: string;
  /**
   * Line/column from offsets. Not yaml's LineCounter: it only records the line breaks its lexer
   * tokenises, so on broken input (a multi-line scalar after an error) its lines drift.
   */
  lines: LineIndex;
  /** Text length: positions past the end are clamped to it. */
  length: number;
  diagnostics: Diagnostic[];
  /** Offsets of the current document's YAML errors: values spanning one are not trusted. */
  errorOffsets: number[];
}

/** Adds a diagnostic at a 0-based offset. */
export function reportAt(
  ctx: IngressContext,
  offset: number,
  code: IngressCode,
  severity: Severity,
  message: string,
): void {
  const { line, column } = ctx.lines.position(Math.max(0, Math.min(offset, ctx.length)));
  ctx.diagnostics.push({
    code,
    severity,
    message,
    line,
    column,
    file: ctx.file,
  });
}

const rangeStart = (node: unknown): number | undefined =>
  (node as { range?: [number, number, number] } | null)?.range?.[0];

/**
 * One node from one settings map: every known key read as ingress-nginx decodes it, with the
 * key's line and column as origin. Unknown keys that look like keep-alive settings are reported.
 */
export function extractSource(source: ConfigSource, ctx: IngressContext): ExtractedNode {
  const settings: Record<string, SettingInput> = {};
  if (source.notAMap)
    reportAt(
      ctx,
      source.notAMap.offset,
      'INGRESS_NOT_A_MAP',
      'error',
      `"${source.notAMap.path}" should be a map of key: "value" pairs`,
    );
  for (const pair of source.map?.items ?? []) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const keyAt = rangeStart(pair.key) ?? 0;
    const def = INGRESS_KEYS[key];
    if (!def) {
      if (looksLikeKeepaliveKey(key))
        reportAt(
          ctx,
          keyAt,
          'INGRESS_UNKNOWN_KEY',
          'warning',
          `ingress-nginx has no key "${key}"; did you mean "${findClosestKey(key)}"?`,
        );
      continue;
    }
    const value: unknown = pair.value;
    const valueAt = rangeStart(value) ?? keyAt;
    const valueEnd = (value as { range?: [number, number, number] } | null)?.range?.[2] ?? valueAt;
    // yaml's recovery can cut a value short ("60 → "6"): trust nothing next to a syntax error.
    if (ctx.errorOffsets.some((at) => at >= valueAt && at <= valueEnd)) continue;
    const reading = readIngressValue(def.kind, isScalar(value) ? value.value : value);
    if (!reading.ok) {
      reportAt(ctx, valueAt, reading.code, 'error', `${key}: ${reading.message}`);
      continue;
    }
    if (reading.warning)
      reportAt(ctx, valueAt, reading.warning.code, 'warning', `${key}: ${reading.warning.message}`);
    if (source.stringsOnly && isScalar(value) && typeof value.value !== 'string')
      reportAt(
        ctx,
        valueAt,
        'INGRESS_UNQUOTED_VALUE',
        'warning',
        `${key}: ConfigMap data values must be strings; kubectl refuses ${String(value.value)} unquoted — write "${String(value.value)}"`,
      );
    if (key in settings) continue;
    settings[key] = writtenSetting(reading.value, ctx.file, ctx.lines.position(keyAt), key);
  }
  return {
    tech: 'ingress-nginx',
    scope: source.scope,
    settings,
    label: `ingress-nginx ${source.scope}`,
  };
}
