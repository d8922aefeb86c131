import type { SettingScalar } from '../../model/chain';
import { parseDuration } from '../../model/duration';
import type { IngressValueKind } from './keys';

/** The closed set of ingress-nginx diagnostic codes. */
export type IngressCode =
  | 'INGRESS_YAML_ERROR'
  | 'INGRESS_BAD_VALUE'
  | 'INGRESS_EMPTY_VALUE'
  | 'INGRESS_UNQUOTED_VALUE'
  | 'INGRESS_UNKNOWN_KEY'
  | 'INGRESS_NOT_A_MAP'
  | 'INGRESS_DUPLICATE_KEY'
  | 'INGRESS_DEFAULTS'
  | 'INGRESS_TEMPLATE_VALUE'
  | 'INGRESS_NO_SUCH_ANNOTATION'
  | 'INGRESS_CLASSIC_ELB'
  | 'INGRESS_NOT_MODELLED'
  | 'INGRESS_IGNORED_ANNOTATION'
  | 'INGRESS_INVALID_VALUE'
  | 'INGRESS_BAD_ATTRIBUTE'
  | 'INGRESS_TEMPLATE'
  | 'INGRESS_OUT_OF_RANGE'
  | 'INGRESS_DUPLICATE_ATTRIBUTE';

/** A value as read, or why it cannot be: a warning still yields the value. */
export type ValueReading =
  | { ok: true; value: SettingScalar; warning?: { code: IngressCode; message: string } }
  | { ok: false; code: IngressCode; message: string };

/** Go's strconv.ParseBool spellings. */
const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

const bad = (message: string): ValueReading => ({ ok: false, code: 'INGRESS_BAD_VALUE', message });

/**
 * Reads one ConfigMap value the way ingress-nginx decodes it (mapstructure, weakly typed):
 * `seconds` and `count` are Go ints (`"75"`, or 75 unquoted), returned as ms or a count;
 * `nginx-duration` is nginx time syntax (`"1h"`, bare number = seconds) in ms; `bool` is
 * strconv.ParseBool. An empty string decodes as 0 / false, which is reported.
 */
export function readIngressValue(kind: IngressValueKind, raw: unknown): ValueReading {
  if (raw === null || raw === undefined)
    return bad('the value is empty (null); the default applies');
  if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean')
    return bad('expected a single value, not a list or map');
  const text = String(raw).trim();
  if (text === '' && kind !== 'nginx-duration') {
    const value = kind === 'bool' ? false : 0;
    const message = `an empty value decodes as ${String(value)} in ingress-nginx`;
    return { ok: true, value, warning: { code: 'INGRESS_EMPTY_VALUE', message } };
  }
  switch (kind) {
    case 'seconds':
    case 'count': {
      if (typeof raw === 'boolean' || !/^\d{1,12}$/.test(text)) {
        const hint = kind === 'seconds' ? ' of seconds without a unit, e.g. "75"' : '';
        return bad(`"${text}" is not a whole number${hint}`);
      }
      const n = Number(text);
      return { ok: true, value: kind === 'seconds' ? n * 1000 : n };
    }
    case 'nginx-duration': {
      const parsed = parseDuration(text.replace(/\s+/g, ''), 'nginx');
      if (parsed.ok && parsed.value !== null) return { ok: true, value: parsed.value };
      return bad(`"${text}" is not an nginx time (e.g. 1h, 30m, 3600)`);
    }
    case 'bool':
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      if (TRUE.has(text)) return { ok: true, value: true };
      if (FALSE.has(text)) return { ok: true, value: false };
      return bad(`"${text}" is not a boolean ("true" or "false")`);
  }
}
