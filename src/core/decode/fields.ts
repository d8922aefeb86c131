import type { StructuredFormat } from '../catalog/log-patterns/types';

/**
 * Splits a log line into space-separated fields; a field in double quotes keeps its spaces and
 * loses its quotes (`\"` inside stays escaped text). One pass, linear in the line.
 */
export function splitFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && (line[i] === ' ' || line[i] === '\t')) i++;
    if (i >= n) break;
    if (line[i] === '"') {
      let j = i + 1;
      let text = '';
      while (j < n && line[j] !== '"') {
        if (line[j] === '\\' && j + 1 < n) {
          text += line.slice(j, j + 2);
          j += 2;
          continue;
        }
        text += line[j];
        j++;
      }
      out.push(text);
      i = j + 1;
    } else {
      let j = i;
      while (j < n && line[j] !== ' ' && line[j] !== '\t') j++;
      out.push(line.slice(i, j));
      i = j;
    }
  }
  return out;
}

/** The named fields of a structured line, or null when the line is not in that format. */
export type Fields = Readonly<Record<string, string>>;

const ALB_TYPES = new Set(['http', 'https', 'h2', 'grpcs', 'ws', 'wss']);
/** ALB access log fields in order (the AWS docs' "Access log entries" syntax). */
const ALB_NAMES = [
  'type',
  'time',
  'elb',
  'client',
  'target',
  'request_processing_time',
  'target_processing_time',
  'response_processing_time',
  'elb_status_code',
  'target_status_code',
  'received_bytes',
  'sent_bytes',
  'request',
  'user_agent',
  'ssl_cipher',
  'ssl_protocol',
  'target_group_arn',
  'trace_id',
  'domain_name',
  'chosen_cert_arn',
  'matched_rule_priority',
  'request_creation_time',
  'actions_executed',
  'redirect_url',
  'error_reason',
] as const;

const isDigits = (s: string | undefined): boolean => !!s && s.length > 0 && /^\d+$/.test(s);

function readAlb(f: readonly string[]): Fields | null {
  if (f.length < 12 || !ALB_TYPES.has(f[0] ?? '') || !/^\d{4}-\d\d-\d\dT/.test(f[1] ?? ''))
    return null;
  const status = f[8] ?? '';
  if (!isDigits(status) && status !== '-') return null;
  const out: Record<string, string> = {};
  ALB_NAMES.forEach((name, i) => {
    const v = f[i];
    if (v !== undefined) out[name] = v;
  });
  return out;
}

/** Envoy flags: comma-separated codes of 2–4 capital letters, or `-`. */
const isFlags = (s: string): boolean =>
  s === '-' || (s.length <= 80 && s.split(',').every((c) => /^[A-Z]{2,4}$/.test(c)));

function readEnvoy(line: string, f: readonly string[]): Fields | null {
  if (line.startsWith('{')) return readEnvoyJson(line);
  // Default format: [START_TIME] "METHOD PATH PROTOCOL" RESPONSE_CODE RESPONSE_FLAGS …
  if (!(f[0] ?? '').startsWith('[') || !line.includes('] "')) return null;
  const status = f[2] ?? '';
  const flags = f[3] ?? '';
  if (!isDigits(status) || !isFlags(flags)) return null;
  return { status, flags, details: f[4] ?? '' };
}

function readEnvoyJson(line: string): Fields | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const o = value as Record<string, unknown>;
  const flags = o['response_flags'];
  if (typeof flags !== 'string' || !isFlags(flags)) return null;
  const code = o['response_code'];
  return {
    status: typeof code === 'number' || typeof code === 'string' ? String(code) : '',
    flags,
    details: typeof o['response_code_details'] === 'string' ? o['response_code_details'] : '',
  };
}

/** HAProxy connection counts `actconn/feconn/beconn/srv_conn/retries` (retries may carry `+`). */
const isConnCounts = (s: string): boolean => {
  const parts = s.split('/');
  return parts.length === 5 && parts.every((p) => /^\+?\d+$/.test(p));
};

function readHaproxy(line: string, f: readonly string[]): Fields | null {
  if (!line.includes('haproxy[') && !line.includes('] ')) return null;
  for (let i = 1; i < f.length; i++) {
    if (!isConnCounts(f[i] ?? '')) continue;
    const state = f[i - 1] ?? '';
    if ((state.length === 2 || state.length === 4) && /^[A-Za-z-]+$/.test(state))
      return { state: state.slice(0, 2), termination: state };
    // The timers (Tq/Tw/Tc/Tr/Ta) have the same shape: keep looking.
  }
  return null;
}

/** Reads `line` as `format`; null when it is not a line of that format. */
export function readFields(
  format: StructuredFormat,
  line: string,
  split: readonly string[],
): Fields | null {
  if (format === 'aws-alb') return readAlb(split);
  if (format === 'envoy') return readEnvoy(line, split);
  return readHaproxy(line, split);
}
