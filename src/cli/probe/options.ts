import { ms, type Ms } from '../../core/model/duration';
import { err, ok, type Result } from '../../core/model/result';
import { readDurationFlag, type ParsedArgs } from '../args';
import type { ProbeRequest } from './request';

/** `--max-wait` when not given: long enough for every default in the catalog up to 10 min. */
export const DEFAULT_MAX_WAIT_MS = ms(600_000);
/** More requests on one connection than any cap worth finding (nginx's default is 1000). */
const MAX_REQUESTS = 100_000;

/** RFC 9110 token characters: method and header names. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Printable ASCII and tabs only: no CR/LF that would split the request. */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

export interface ProbeFlags {
  request: Omit<ProbeRequest, 'path'> & { path: string | undefined };
  maxWaitMs: Ms;
  requests: number;
  insecure: boolean;
}

function readHeader(text: string): Result<[string, string]> {
  const colon = text.indexOf(':');
  const name = colon < 0 ? '' : text.slice(0, colon).trim();
  const value = colon < 0 ? '' : text.slice(colon + 1).trim();
  if (!TOKEN.test(name) || !FIELD_VALUE.test(value))
    return err(`--header must be "Name: value" on one line (got "${text.slice(0, 60)}")`);
  return ok([name, value]);
}

/** Reads probe's own options (the URL and --expect are the command's). */
export function readProbeFlags(args: ParsedArgs): Result<ProbeFlags> {
  const v = args.values;
  const wait = readDurationFlag(v['max-wait'], 'max-wait');
  if (!wait.ok) return wait;
  if (wait.value === 0) return err('--max-wait must be more than 0');
  const method = typeof v['method'] === 'string' ? v['method'] : 'GET';
  if (!TOKEN.test(method))
    return err(
      `--method must be an HTTP method such as GET or HEAD (got "${method.slice(0, 40)}")`,
    );
  const path = typeof v['path'] === 'string' ? v['path'] : undefined;
  if (path !== undefined && (!path.startsWith('/') || !/^[\x21-\x7e]+$/.test(path)))
    return err(
      `--path must start with / and hold no spaces or control characters (got "${path.slice(0, 60)}")`,
    );
  const requestsText = typeof v['requests'] === 'string' ? v['requests'].trim() : '1';
  const requests = /^\d{1,6}$/.test(requestsText) ? Number(requestsText) : NaN;
  if (!(requests >= 1 && requests <= MAX_REQUESTS))
    return err(
      `--requests must be a whole number from 1 to ${MAX_REQUESTS} (got "${requestsText}")`,
    );
  const headers: [string, string][] = [];
  for (const text of args.lists['header'] ?? []) {
    const h = readHeader(text);
    if (!h.ok) return h;
    headers.push(h.value);
  }
  return ok({
    request: { method, path, headers },
    maxWaitMs: wait.value ?? DEFAULT_MAX_WAIT_MS,
    requests,
    insecure: v['insecure'] === true,
  });
}
