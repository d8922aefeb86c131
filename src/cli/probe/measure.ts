import { parseKeepAliveHeader } from '../../core/probe/keep-alive-header';
import { describeHintAgreement } from '../../core/probe/hint-agreement';
import type { ClosedBy, ProbeMeasurement } from '../../core/probe/types';
import { ProbeConnection, type SeenClose } from './connection';
import { startLagMeter } from './lag-meter';
import { writeRequest, type ProbeRequest } from './request';
import { headerTokens, type ResponseHead } from './response-reader';
import type { ProbeTarget } from './target';

export interface ProbeSettings {
  target: ProbeTarget;
  request: ProbeRequest;
  insecure: boolean;
  /** Requests on the first connection, to find a request cap (1 = just measure). */
  requests: number;
  maxWaitMs: number;
  /** Called about once a second while waiting idle, with the time waited so far (ms). */
  onProgress?: (waitedMs: number) => void;
  /** Aborting destroys the sockets and ends the probe as `interrupted`. */
  signal?: AbortSignal;
}

export type ProbeOutcome =
  | { kind: 'measured'; measurement: ProbeMeasurement }
  | { kind: 'error'; message: string }
  | { kind: 'interrupted' };

/** The server ends the connection after this response (RFC 9112 §9.3). */
const closesAfter = (h: ResponseHead): boolean => {
  const c = headerTokens(h, 'connection');
  return (
    c.includes('close') ||
    h.delimitedByClose ||
    (h.version === 'HTTP/1.0' && !c.includes('keep-alive'))
  );
};

interface Served {
  conn: ProbeConnection;
  served: number;
  cap: number | null;
  last: { head: ResponseHead; readAt: number };
  notes: string[];
}

/** Sends up to `n` requests on a new connection; stops at the response that says close. */
async function serve(
  s: ProbeSettings,
  n: number,
  open: (c: ProbeConnection) => void,
): Promise<Served | string> {
  let conn: ProbeConnection;
  try {
    conn = await ProbeConnection.open(s.target, s.insecure);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  open(conn);
  const bytes = writeRequest(s.target, s.request);
  const notes: string[] = [];
  let last: Served['last'] | null = null;
  for (let i = 1; i <= n; i++) {
    const r = await conn.exchange(bytes, s.request.method);
    if (!r.ok) {
      if (last === null || !r.closedBeforeAnswer) return r.message;
      notes.push(
        `The server closed the connection after ${i - 1} requests without saying Connection: close.`,
      );
      return { conn, served: i - 1, cap: i - 1, last, notes };
    }
    last = { head: r.head, readAt: r.readAt };
    if (closesAfter(r.head)) return { conn, served: i, cap: i, last, notes };
  }
  return last ? { conn, served: n, cap: null, last, notes } : 'no request sent';
}

/** Waits for the close, `maxWaitMs` at most, reporting progress once a second. */
async function waitIdle(
  s: ProbeSettings,
  conn: ProbeConnection,
  from: number,
): Promise<SeenClose | null> {
  let expired = false;
  const tick = setInterval(() => s.onProgress?.(performance.now() - from), 1000);
  const limit = setTimeout(
    () => {
      expired = conn.close === null;
      conn.destroy();
    },
    Math.max(0, from + s.maxWaitMs - performance.now()),
  );
  try {
    const close = await conn.waitForClose();
    return expired ? null : close;
  } finally {
    clearInterval(tick);
    clearTimeout(limit);
  }
}

/**
 * Probes one server: sends `requests` requests on one connection (finding the request cap), then
 * stays idle until the server closes (FIN or RST) or `maxWaitMs` passes. When the cap ended the
 * first connection early, the idle time is measured on a second one after a single request.
 */
export async function probeServer(s: ProbeSettings): Promise<ProbeOutcome> {
  const meter = startLagMeter();
  const open: ProbeConnection[] = [];
  let interrupted = false;
  const onAbort = (): void => {
    interrupted = true;
    for (const c of open) c.destroy();
  };
  s.signal?.addEventListener('abort', onAbort, { once: true });
  const track = (c: ProbeConnection): void => {
    open.push(c);
    if (interrupted) c.destroy();
  };
  try {
    const first = await serve(s, s.requests, track);
    if (interrupted) return { kind: 'interrupted' };
    if (typeof first === 'string') return { kind: 'error', message: first };
    let idleOn = first;
    if (first.cap !== null && first.cap > 1) {
      first.conn.destroy();
      const second = await serve(s, 1, track);
      if (interrupted) return { kind: 'interrupted' };
      if (typeof second === 'string') return { kind: 'error', message: second };
      idleOn = second;
      first.notes.push(
        `The idle timeout was measured on a second connection, after one request (the first ended at its request cap).`,
      );
    }
    meter.mark(idleOn.last.readAt);
    const close = await waitIdle(s, idleOn.conn, idleOn.last.readAt);
    if (interrupted) return { kind: 'interrupted' };
    if (close) meter.mark(close.at);
    const resolutionMs = await meter.resolutionMs();
    return { kind: 'measured', measurement: describe(s, first, idleOn, close, resolutionMs) };
  } finally {
    meter.stop();
    s.signal?.removeEventListener('abort', onAbort);
    for (const c of open) c.destroy();
  }
}

function describe(
  s: ProbeSettings,
  first: Served,
  idleOn: Served,
  close: SeenClose | null,
  resolutionMs: number,
): ProbeMeasurement {
  const keepAlive = first.cap !== 1;
  const parsed = parseKeepAliveHeader(idleOn.last.head.headers.get('keep-alive') ?? []);
  const hint = idleOn.last.head.headers.has('keep-alive') ? parsed.hint : null;
  const idleMs = close ? Math.max(0, close.at - idleOn.last.readAt) : null;
  const closedBy: ClosedBy = !close
    ? 'none'
    : idleOn.cap !== null
      ? 'after-response'
      : close.kind === 'rst'
        ? 'server-rst'
        : 'server-fin';
  const notes = [...first.notes, ...parsed.problems];
  const hintMs = hint?.timeoutMs ?? null;
  if (idleMs !== null && hintMs !== null && closedBy !== 'after-response')
    notes.push(describeHintAgreement(idleMs, resolutionMs, hintMs));
  return {
    url: s.target.href,
    idleMs,
    resolutionMs,
    closedBy,
    hint,
    requestsServed: first.served,
    requestsTried: s.requests,
    requestCap: first.cap,
    keepAlive,
    status: idleOn.last.head.status,
    maxWaitMs: s.maxWaitMs,
    notes,
  };
}
