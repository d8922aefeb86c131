import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, sep } from 'node:path';
import { loadHttp } from '../lazy-builtins';
import { contentTypeFor } from './mime';
import { requestPathSegments } from './request-path';

export interface StaticServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  // The app is rebuilt in place: always revalidate (the service worker keeps the offline copy).
  'Cache-Control': 'no-cache',
} as const;

function sendText(res: ServerResponse, status: number, text: string, extra = {}): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...extra,
  });
  res.end(text);
}

/** The real path of the file a request names, if it is a regular file inside `root`. */
async function fileInside(root: string, segments: readonly string[]): Promise<string | null> {
  try {
    const real = await realpath(join(root, ...segments));
    if (!real.startsWith(root + sep)) return null; // a symbolic link out of the folder
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

async function handle(
  root: string,
  hosts: ReadonlySet<string>,
  req: IncomingMessage,
  res: ServerResponse,
) {
  // Only this machine's own names: a web page on another site cannot rebind its name to us.
  if (!hosts.has((req.headers.host ?? '').toLowerCase()))
    return sendText(res, 421, 'Misdirected request: use the URL timeout-chain serve printed\n');
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendText(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
  const segments = requestPathSegments(req.url ?? '');
  const file = segments.ok ? await fileInside(root, segments.value) : null;
  if (file === null) return sendText(res, 404, 'Not found\n');
  const size = (await stat(file)).size;
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeFor(file),
    'Content-Length': size,
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Serves the files of `dir` (read-only, no listings) on 127.0.0.1 only. `port` 0 takes any free
 * port. Rejects when the port cannot be had (EADDRINUSE, EACCES) with the error from `listen`.
 */
export async function startStaticServer(dir: string, port: number): Promise<StaticServer> {
  const root = await realpath(dir);
  const hosts = new Set<string>();
  const server = loadHttp().createServer((req, res) => {
    handle(root, hosts, req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal error\n');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  for (const name of ['127.0.0.1', 'localhost']) hosts.add(`${name}:${actual}`);
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
