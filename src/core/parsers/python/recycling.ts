import type { CodeScan } from '../code/scan';
import type { Token } from './argv';
import type { PyCommand } from './commands';
import { uvicornEnvAssignments } from './uvicorn-env';

const MAX_REQUESTS = /^--max-requests(?:=(.*))?$/;
const JITTER = /^--max-requests-jitter(?:=|$)/;
const LIMIT_MAX_REQUESTS = /^--limit-max-requests(?:=(.*))?$/;
const LIMIT_ENV = 'UVICORN_LIMIT_MAX_REQUESTS';

/** The value of `--flag N` or `--flag=N` at args[at]. */
const flagValue = (re: RegExp, args: readonly Token[], at: number): string =>
  re.exec(args[at]?.text ?? '')?.[1] ?? args[at + 1]?.text ?? '';

/**
 * Per-process request limits on a command line, each noted as info (PY_MAX_REQUESTS) at its
 * option: gunicorn `--max-requests` (docs: "The maximum number of requests a worker will process
 * before restarting", 0 = off) with `--max-requests-jitter`, and uvicorn `--limit-max-requests`
 * (docs: "Maximum number of requests to service before terminating the process"). Either way the
 * process's kept-alive connections are closed, so clients see their pooled connections recycled.
 */
export function noteRecycling(scan: CodeScan, cmd: PyCommand): void {
  const args = cmd.args;
  const re = cmd.program === 'gunicorn' ? MAX_REQUESTS : LIMIT_MAX_REQUESTS;
  const at = args.findIndex((t) => re.test(t.text));
  const flag = args[at];
  if (!flag) return;
  const value = flagValue(re, args, at);
  if (cmd.program === 'uvicorn') return reportUvicornLimit(scan, value, flag.start, flag.end);
  const jitter = args.some((t) => JITTER.test(t.text));
  reportRecycling(scan, value, jitter, flag.start, flag.end);
}

/** UVICORN_LIMIT_MAX_REQUESTS for uvicorn command lines without --limit-max-requests. */
export function noteUvicornLimitEnv(scan: CodeScan, commands: readonly PyCommand[]): void {
  const uvicorn = commands.filter(
    (c) => c.program === 'uvicorn' && !c.args.some((a) => LIMIT_MAX_REQUESTS.test(a.text)),
  );
  for (const a of uvicornEnvAssignments(scan, LIMIT_ENV, uvicorn))
    if (a.commands.length > 0)
      reportUvicornLimit(
        scan,
        scan.masked.slice(a.value.start, a.value.end),
        a.nameAt,
        a.nameAt + LIMIT_ENV.length,
      );
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

/**
 * The info for uvicorn's limit_max_requests: after that many requests the server shuts down
 * (uvicorn's main loop exits once total_requests reaches the limit; its shutdown closes every
 * connection) and the process ends, so whatever runs it must start it again.
 */
export function reportUvicornLimit(scan: CodeScan, value: string, start: number, end: number) {
  scan.report(
    'PY_MAX_REQUESTS',
    'info',
    `uvicorn shuts down after ${value.trim() || 'limit_max_requests'} requests and its process exits (what runs it must start it again): the shutdown closes its kept-alive connections, so clients must expect pooled connections to be recycled (and retry on a reset).`,
    start,
    end,
  );
}
