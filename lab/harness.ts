/**
 * A client made of raw `net` sockets, so the lab decides exactly when a request is written:
 * one HTTP/1.1 keep-alive connection per slot, reused after a chosen idle gap, with a reaction
 * delay δ — the client acts on a FIN (or RST) only δ after it reached the socket.
 */
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export type Outcome = 'ok' | 'ECONNRESET' | 'EPIPE' | 'EOF' | 'timeout' | 'error';

const REQUEST = 'GET / HTTP/1.1\r\nHost: lab\r\nConnection: keep-alive\r\n\r\n';
const REQUEST_TIMEOUT_MS = 3000;

export const now = (): number => performance.now();
export const sleep = (ms: number): Promise<void> =>
  new Promise((r) => setTimeout(r, Math.max(0, ms)));

export class LabConnection {
  /** When the last response was fully read (the client's idle clock starts). */
  readAt = 0;
  /** When a FIN, RST or close reached the socket; null while open. */
  closedAt: number | null = null;
  private buffer = '';
  private errorCode: string | null = null;
  private pending: ((o: Outcome) => void) | null = null;

  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      if (this.pending && isComplete(this.buffer)) {
        this.readAt = now();
        this.settle('ok');
      }
    });
    socket.on('end', () => {
      this.closedAt ??= now();
      this.settle('EOF');
    });
    socket.on('error', (e: NodeJS.ErrnoException) => {
      this.closedAt ??= now();
      this.errorCode = e.code ?? 'error';
      this.settle(e.code === 'ECONNRESET' || e.code === 'EPIPE' ? e.code : 'error');
    });
    socket.on('close', () => {
      this.closedAt ??= now();
      this.settle(
        this.errorCode === 'ECONNRESET' || this.errorCode === 'EPIPE' ? this.errorCode : 'EOF',
      );
    });
  }

  static open(port: number): Promise<LabConnection> {
    return new Promise((resolve, reject) => {
      // allowHalfOpen: after the server's FIN our request still goes out, as a pool's would.
      const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
      socket.once('connect', () => resolve(new LabConnection(socket)));
      socket.once('error', reject);
    });
  }

  /** Whether a client with reaction delay δ has noticed the close by `at`. */
  hasNoticedClose(reactionDelayMs: number, at = now()): boolean {
    return this.closedAt !== null && this.closedAt + reactionDelayMs <= at;
  }

  /** Writes one GET and waits for the whole response, a reset, an EOF or a timeout. */
  request(): Promise<Outcome> {
    this.buffer = '';
    return new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => this.settle('timeout'), REQUEST_TIMEOUT_MS);
      this.pending = (o) => {
        clearTimeout(timer);
        resolve(o);
      };
      if (this.socket.destroyed || !this.socket.writable) {
        this.settle(this.errorCode === 'ECONNRESET' ? 'ECONNRESET' : 'EPIPE');
        return;
      }
      this.socket.write(REQUEST);
      // The server's FIN came before the write: no response can follow. Node stops reading after
      // EOF, so the RST the server answers with goes unseen; a pool would read EOF here.
      if (this.closedAt !== null) this.settle('EOF');
    });
  }

  destroy(): void {
    this.socket.destroy();
  }

  private settle(o: Outcome): void {
    const p = this.pending;
    this.pending = null;
    p?.(o);
  }
}

/** A full response: headers and `content-length` bytes of body. */
function isComplete(text: string): boolean {
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return false;
  const m = /\r\ncontent-length:\s*(\d+)/i.exec(text.slice(0, end));
  return text.length - (end + 4) >= Number(m?.[1] ?? 0);
}

export interface GapTrial {
  /** The idle gap really waited (ms, from reading the response to the reuse decision). */
  gapMs: number;
  /** `noticed`: the client saw the close in time and would open a new connection. */
  outcome: Outcome | 'noticed';
  /** The client's event loop paused around its read or its sight of the FIN: set aside. */
  disturbed: boolean;
}

/** Tells whether the client's own event loop paused around a moment (lab/stalls.ts). */
export type PauseCheck = (t: number) => boolean;

/** Whether a pause touched the reads that the gap and δ of this reuse were measured from. */
export const isDisturbed = (conn: LabConnection, pausedNear: PauseCheck): boolean =>
  pausedNear(conn.readAt) || (conn.closedAt !== null && pausedNear(conn.closedAt));

/**
 * One reuse after an idle gap: a first request, `gapMs` of idle, then a second request on the
 * same connection unless the client (reaction delay δ) has noticed the server's close.
 */
export async function tryReuseAfterGap(
  port: number,
  gapMs: number,
  reactionDelayMs: number,
  pausedNear: PauseCheck = () => false,
): Promise<GapTrial> {
  const conn = await LabConnection.open(port);
  try {
    const first = await conn.request();
    if (first !== 'ok') throw new Error(`first request failed: ${first}`);
    await sleep(conn.readAt + gapMs - now());
    const at = now();
    const gap = at - conn.readAt;
    const disturbed = isDisturbed(conn, pausedNear);
    if (conn.hasNoticedClose(reactionDelayMs, at))
      return { gapMs: gap, outcome: 'noticed', disturbed };
    return { gapMs: gap, outcome: await conn.request(), disturbed };
  } finally {
    conn.destroy();
  }
}
