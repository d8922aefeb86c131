import type { SettingInput } from '../../model/chain';
import type { Diagnostic, Severity } from '../../source/diagnostic';
import type { LineIndex } from '../../source/line-index';
import type { ExtractedNode } from '../types';
import { INGRESS_KEYS, findClosestKey, looksLikeKeepaliveKey } from './keys';
import type { ConfigSource } from './sources';
import { readIngressValue, type IngressCode } from './values';
import { writtenSetting } from '../written';
import { readEntries } from '../../source/yaml/entries';
import { unknownValue } from '../../model/value';
import { ownEntry } from '../../model/own-entry';

export interface IngressContext {
  file: string;
  text: string;
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
  if (source.defaultsOnly)
    reportAt(
      ctx,
      source.defaultsOnly.offset,
      'INGRESS_DEFAULTS',
      'info',
      `${source.defaultsOnly.path} is not set: the controller runs with ingress-nginx's defaults`,
    );
  for (const entry of readEntries(source.map ?? undefined, source.document.index)) {
    const { key, keyStart: keyAt, valueStart: valueAt, valueEnd } = entry;
    const def = ownEntry(INGRESS_KEYS, key);
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
    // yaml's recovery can cut a value short ("60 → "6"): trust nothing next to a syntax error.
    if (ctx.errorOffsets.some((at) => at >= valueAt && at <= valueEnd)) continue;
    const at = ctx.lines.position(keyAt);
    if (typeof entry.value === 'string' && /\{\{|\$\{/.test(entry.value)) {
      const why = 'a template placeholder filled in at deploy time';
      reportAt(
        ctx,
        valueAt,
        'INGRESS_TEMPLATE_VALUE',
        'info',
        `${key}: ${why}; its value is unknown`,
      );
      settings[key] = writtenSetting(unknownValue(entry.value, why), ctx.file, at, key);
      continue;
    }
    const reading = readIngressValue(
      def.kind,
      entry.value === undefined ? entry.node : entry.value,
    );
    if (!reading.ok) {
      reportAt(ctx, valueAt, reading.code, 'error', `${key}: ${reading.message}`);
      continue;
    }
    if (reading.warning)
      reportAt(ctx, valueAt, reading.warning.code, 'warning', `${key}: ${reading.warning.message}`);
    if (
      source.stringsOnly &&
      entry.value !== undefined &&
      entry.value !== null &&
      typeof entry.value !== 'string'
    )
      reportAt(
        ctx,
        valueAt,
        'INGRESS_UNQUOTED_VALUE',
        'warning',
        `${key}: ConfigMap data values must be strings; kubectl refuses ${String(entry.value)} unquoted — write "${String(entry.value)}"`,
      );
    settings[key] = writtenSetting(reading.value, ctx.file, at, key);
  }
  return {
    tech: 'ingress-nginx',
    scope: source.scope,
    settings,
    label: `ingress-nginx ${source.scope}`,
  };
}
