import type { CodeScan } from '../code/scan';
import type { Token } from './argv';

const MAX_REQUESTS = /^--max-requests(?:=(.*))?$/;
const JITTER = /^--max-requests-jitter(?:=|$)/;

/**
 * gunicorn `max_requests` (docs: "The maximum number of requests a worker will process before
 * restarting", 0 = off) with `max_requests_jitter`: each restart closes the worker's kept-alive
 * connections, so clients see their pooled connections recycled. Noted as info
 * (PY_MAX_REQUESTS), at the option or the setting.
 */
export function noteRecycling(scan: CodeScan, args: readonly Token[]): void {
  const at = args.findIndex((t) => MAX_REQUESTS.test(t.text));
  const flag = args[at];
  if (!flag) return;
  const value = MAX_REQUESTS.exec(flag.text)?.[1] ?? args[at + 1]?.text ?? '';
  const jitter = args.some((t) => JITTER.test(t.text));
  reportRecycling(scan, value, jitter, flag.start, flag.end);
}

/** The info for `max_requests = value`; nothing when it is 0 (recycling off). */
export function reportRecycling(
  scan: CodeScan,
  value: string,
  jitter: boolean,
  start: number,
  end: number,
): void {
  if (/^0+$/.test(value.trim())) return;
  scan.report(
    'PY_MAX_REQUESTS',
    'info',
    `gunicorn restarts each worker after ${value.trim() || 'max_requests'} requests${jitter ? ' (plus a random jitter)' : ''}: the restart closes that worker's kept-alive connections, so clients must expect pooled connections to be recycled (and retry on a reset).`,
    start,
    end,
  );
}
