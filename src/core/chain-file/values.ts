import { isScalar } from '../source/yaml/nodes';
import type { SettingScalar } from '../model/chain';
import { parseDuration } from '../model/duration';
import type { SettingDef } from '../catalog/types';
import { parseSettingValue } from '../catalog/setting-value';
import { isUnknownValue, unknownValue } from '../model/value';
import { checkSettingRange } from '../catalog/setting-range';
import { report, scalarText, type WalkContext } from './walk';

const UNLIMITED = /^(none|unlimited|infinite|infinity|inf|never|∞)$/i;
const TRUE = /^(true|on|yes)$/i;
const FALSE = /^(false|off|no)$/i;

/** The scalar at `node` as text, or a diagnostic for a missing or structured value. */
function readScalar(ctx: WalkContext, raw: unknown, what: string, at: unknown) {
  const node = ctx.index.resolve(raw);
  if (!isScalar(node)) {
    if (node === null || node === undefined)
      report(
        ctx,
        at,
        'CHAIN_EMPTY_VALUE',
        'error',
        `${what} needs a value (write none for no limit)`,
      );
    else report(ctx, node, 'CHAIN_WRONG_TYPE', 'error', `${what} must be a single value`);
    return undefined;
  }
  const text = scalarText(node).trim();
  if (node.value === null || text === '') {
    report(
      ctx,
      node.range ? node : at,
      'CHAIN_EMPTY_VALUE',
      'error',
      `${what} needs a value (write none for no limit)`,
    );
    return undefined;
  }
  return { node, text };
}

/**
 * A duration in the chain-file syntax (`65s`, `1m30s`, `500ms`, `none`), in milliseconds;
 * `null` = no limit (only when `allowNone`). A bare number is read as milliseconds, with a warning
 * since `60` for an ALB timeout almost always means seconds.
 */
export function readDuration(
  ctx: WalkContext,
  node: unknown,
  what: string,
  at: unknown,
  allowNone = true,
): number | null | undefined {
  const s = readScalar(ctx, node, what, at);
  if (!s) return undefined;
  const parsed = parseDuration(s.text, 'human');
  if (!parsed.ok) {
    report(
      ctx,
      s.node,
      'CHAIN_BAD_DURATION',
      'error',
      `${what}: ${parsed.error} (write e.g. 65s, 1m30s, 500ms${allowNone ? ' or none' : ''})`,
    );
    return undefined;
  }
  if (parsed.value === null && !allowNone) {
    report(ctx, s.node, 'CHAIN_BAD_DURATION', 'error', `${what} must be a finite duration`);
    return undefined;
  }
  if (parsed.value !== null && parsed.value !== 0 && /^[\d_.\s]+$/.test(s.text))
    report(
      ctx,
      s.node,
      'CHAIN_DURATION_WITHOUT_UNIT',
      'warning',
      `${what}: ${s.text} is read as milliseconds; write ${s.text}ms (or ${s.text}s) to say so`,
    );
  return parsed.value;
}

/** A non-negative number (`rps`), or undefined after a diagnostic. */
export function readNumber(
  ctx: WalkContext,
  node: unknown,
  what: string,
  at: unknown,
  max = Infinity,
): number | undefined {
  const s = readScalar(ctx, node, what, at);
  if (!s) return undefined;
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(s.text);
  const n = percent
    ? Number(percent[1]) / 100
    : typeof s.node.value === 'number'
      ? s.node.value
      : Number(s.text.replace(/_/g, ''));
  if (!Number.isFinite(n) || n < 0 || n > max) {
    report(
      ctx,
      s.node,
      'CHAIN_BAD_VALUE',
      'error',
      `${what} must be a number${max < Infinity ? ` from 0 to ${max}` : ' ≥ 0'}, not "${s.text}"`,
    );
    return undefined;
  }
  return n;
}

/**
 * A value for a catalog setting, by the setting's kind. Undefined after a diagnostic. A number
 * outside what the technology accepts (the catalog's range) becomes an unknown value with a
 * warning, so the chain still loads and the hop is judged unknown.
 */
export function readSettingValue(
  ctx: WalkContext,
  node: unknown,
  def: SettingDef,
  what: string,
  at: unknown,
  techName?: string,
): SettingScalar | undefined {
  const value = readAnySettingValue(ctx, node, def, what, at);
  if (typeof value !== 'number') return value;
  const checked = checkSettingRange(def, value, techName);
  if (checked.ok) return checked.value;
  const written = isScalar(node) ? scalarText(node).trim() : String(value);
  report(
    ctx,
    node,
    'CHAIN_VALUE_OUT_OF_RANGE',
    'warning',
    `${what}: ${written}: ${checked.reason}; the value is treated as unknown`,
  );
  return unknownValue(written, checked.reason);
}

function readAnySettingValue(
  ctx: WalkContext,
  node: unknown,
  def: SettingDef,
  what: string,
  at: unknown,
): SettingScalar | undefined {
  if (isScalar(node) && def.kind !== 'text') {
    const marked = parseSettingValue(def, scalarText(node));
    if (marked.ok && isUnknownValue(marked.value)) return marked.value;
  }
  if (def.kind === 'duration') return readDuration(ctx, node, what, at);
  const s = readScalar(ctx, node, what, at);
  if (!s) return undefined;
  const bad = (expected: string): undefined => {
    report(ctx, s.node, 'CHAIN_BAD_VALUE', 'error', `${what}: "${s.text}" is not ${expected}`);
    return undefined;
  };
  switch (def.kind) {
    case 'count': {
      if (UNLIMITED.test(s.text)) return null;
      const n = Number(s.text.replace(/_/g, ''));
      return Number.isInteger(n) && n >= 0 ? n : bad('a whole number ≥ 0 (or none)');
    }
    case 'enum':
      return def.enumValues?.includes(s.text)
        ? s.text
        : bad(`one of ${(def.enumValues ?? []).join(', ')}`);
    case 'bool':
      if (typeof s.node.value === 'boolean') return s.node.value;
      if (TRUE.test(s.text)) return true;
      return FALSE.test(s.text) ? false : bad('true or false');
    case 'text':
      return s.text;
  }
}
