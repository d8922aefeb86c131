/**
 * Test kit: an HTTP/1.1 server made of a raw node:net socket on 127.0.0.1 (a free port), so a
 * test decides exactly how an idle connection ends — FIN after X ms, RST after X ms, never — and
 * after how many requests it answers `Connection: close`.
 */
import { createServer, type Socket } from 'node:net';

export interface RawServerOptions {
  /** How an idle connection ends, and after how long (ms) from the last response. */
  idle: { end: 'fin' | 'rst'; afterMs: number } | { end: 'never' };
  /** Answer the n-th request of a connection with `Connection: close` and close (FIN). */
  capAt?: number;
  /** Extra response header lines (`Keep-Alive: timeout=5`). */
  headers?: string[];
  /** Send the body chunked instead of with Content-Length. */
  chunked?: boolean;
}

export interface RawServer {
  url: string;
  /** Sockets closed by the client before the server closed them (a clean Ctrl-C shows here). */
  clientClosed(): number;
  connections(): number;
  close(): Promise<void>;
}

function respond(o: RawServerOptions, closing: boolean): string {
  const head = ['HTTP/1.1 200 OK', 'Content-Type: text/plain', ...(o.headers ?? [])];
  if (closing) head.push('Connection: close');
  if (o.chunked)
    return `${[...head, 'Transfer-Encoding: chunked'].join('\r\n')}\r\n\r\n3;x=y\r\nok\n\r\n0\r\nX-Trailer: 1\r\n\r\n`;
  return `${[...head, 'Content-Length: 3'].join('\r\n')}\r\n\r\nok\n`;
}

/** Starts the server; `close()` destroys every socket it holds. */
export function startRawServer(o: RawServerOptions): Promise<RawServer> {
  const sockets = new Set<Socket>();
  let clientClosed = 0;
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    let served = 0;
    let pending = '';
    let timer: NodeJS.Timeout | undefined;
    let serverClosing = false;
    socket.on('data', (d: Buffer) => {
      pending += d.toString('latin1');
      let end: number;
      while ((end = pending.indexOf('\r\n\r\n')) >= 0) {
        pending = pending.slice(end + 4);
        served++;
        clearTimeout(timer);
        const closing = o.capAt !== undefined && served >= o.capAt;
        socket.write(respond(o, closing));
        if (closing) {
          serverClosing = true;
          socket.end();
          return;
        }
        const idle = o.idle;
        if (idle.end === 'never') continue;
        timer = setTimeout(() => {
          serverClosing = true;
          if (idle.end === 'fin') socket.end();
          else socket.resetAndDestroy();
        }, idle.afterMs);
      }
    });
    socket.on('end', () => {
      if (!serverClosing) clientClosed++;
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      if (!serverClosing && !socket.readableEnded) clientClosed++;
      clearTimeout(timer);
      sockets.delete(socket);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        clientClosed: () => clientClosed,
        connections: () => connections,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
