import { connect as connectTcp, type Socket } from 'node:net';
import { loadTls } from '../lazy-builtins';
import { describeSocketError } from './socket-errors';
import { ResponseReader, type ResponseHead } from './response-reader';
import { serverNameOf, type ProbeTarget } from './target';

const CONNECT_TIMEOUT_MS = 10_000;
/** A server that takes longer than this to answer one request is an error, not a measurement. */
export const RESPONSE_TIMEOUT_MS = 30_000;

/** How the server ended the connection, and when (performance.now()). */
export interface SeenClose {
  kind: 'fin' | 'rst';
  at: number;
}

export type Exchange =
  | { ok: true; head: ResponseHead; readAt: number }
  | { ok: false; message: string; closedBeforeAnswer: boolean };

/**
 * One raw HTTP/1.1 connection (node:net or node:tls, no Agent) that records exactly when the
 * server's FIN (`end`) or RST (`ECONNRESET`) arrives, so an idle close can be timed.
 */
export class ProbeConnection {
  close: SeenClose | null = null;
  private failure: string | null = null;
  private reader: ResponseReader | null = null;
  private onStep: ((e: Exchange) => void) | null = null;
  private onClose: (() => void) | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      const step = this.reader?.push(chunk);
      if (!step || step.kind === 'more') return;
      this.settle(
        step.kind === 'done'
          ? { ok: true, head: step.head, readAt: performance.now() }
          : { ok: false, message: step.message, closedBeforeAnswer: false },
      );
    });
    socket.on('end', () => this.closed('fin'));
    socket.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ECONNRESET') this.closed('rst');
      else {
        this.failure = describeSocketError(e);
        this.closed('rst');
      }
    });
    socket.on('close', () => this.closed('fin'));
  }

  /** Connects (TLS with SNI for https); rejects with one line for people. */
  static open(target: ProbeTarget, insecure: boolean): Promise<ProbeConnection> {
    return new Promise((resolve, reject) => {
      const base = { host: target.host, port: target.port, timeout: CONNECT_TIMEOUT_MS };
      const servername = serverNameOf(target);
      const socket = target.tls
        ? loadTls().connect({
            ...base,
            rejectUnauthorized: !insecure,
            ...(servername ? { servername } : {}),
            ALPNProtocols: ['http/1.1'],
          })
        : connectTcp(base);
      const fail = (e: Error): void => {
        socket.destroy();
        reject(new Error(describeSocketError(e, target)));
      };
      socket.once('error', fail);
      socket.once('timeout', () =>
        fail(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
      );
      socket.once(target.tls ? 'secureConnect' : 'connect', () => {
        socket.off('error', fail);
        socket.removeAllListeners('timeout');
        socket.setTimeout(0);
        socket.setNoDelay(true);
        resolve(new ProbeConnection(socket));
      });
    });
  }

  /** Writes one request and reads its whole response (bounded by RESPONSE_TIMEOUT_MS). */
  exchange(request: string, method: string): Promise<Exchange> {
    this.reader = new ResponseReader(method);
    return new Promise((resolve) => {
      const timer = setTimeout(
        () =>
          this.settle({
            ok: false,
            message: `no response within ${RESPONSE_TIMEOUT_MS / 1000} s`,
            closedBeforeAnswer: false,
          }),
        RESPONSE_TIMEOUT_MS,
      );
      this.onStep = (e) => {
        clearTimeout(timer);
        resolve(e);
      };
      if (this.close) this.closed(this.close.kind);
      else this.socket.write(request);
    });
  }

  /** Resolves when the server closes (at once if it has), or never; `destroy` ends the wait. */
  waitForClose(): Promise<SeenClose | null> {
    if (this.close) return Promise.resolve(this.close);
    return new Promise((resolve) => (this.onClose = () => resolve(this.close)));
  }

  destroy(): void {
    this.socket.destroy();
    this.onClose?.();
  }

  private closed(kind: 'fin' | 'rst'): void {
    this.close ??= { kind, at: performance.now() };
    if (this.reader && this.onStep) {
      const end = this.reader.end();
      this.settle(
        end.kind === 'done'
          ? { ok: true, head: end.head, readAt: this.close.at }
          : {
              ok: false,
              message: this.failure ?? 'the server closed the connection before answering',
              closedBeforeAnswer: this.failure === null,
            },
      );
    }
    this.onClose?.();
  }

  private settle(e: Exchange): void {
    const done = this.onStep;
    this.onStep = null;
    done?.(e);
  }
}
