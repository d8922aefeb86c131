import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from './static-server';

/** A raw request (no URL normalisation by a client library): status, headers and body. */
function get(port: number, path: string, options: { method?: string; host?: string } = {}) {
  return new Promise<{ status: number; type: string | undefined; body: string }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path,
          method: options.method ?? 'GET',
          headers: { host: options.host ?? `127.0.0.1:${port}` },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }),
          );
        },
      );
      req.on('error', reject);
      req.end();
    },
  );
}

describe('the static server of `serve`', () => {
  let base: string;
  let server: StaticServer;
  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'tc-serve-'));
    const app = join(base, 'dist');
    mkdirSync(join(app, 'assets'), { recursive: true });
    writeFileSync(join(app, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(app, 'assets', 'index-1.js'), 'export {};');
    writeFileSync(join(app, 'assets', 'index-1.css'), 'body{}');
    writeFileSync(join(app, 'favicon.svg'), '<svg/>');
    writeFileSync(join(app, 'sw.js'), 'self;');
    writeFileSync(join(app, '.env'), 'SECRET=1');
    writeFileSync(join(base, 'secret.txt'), 'outside');
    symlinkSync(join(base, 'secret.txt'), join(app, 'link.txt'));
    server = await startStaticServer(app, 0);
  });
  afterAll(async () => {
    await server.close();
    rmSync(base, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and says where', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it.each([
    ['/', 'text/html; charset=utf-8', '<!doctype html><title>app</title>'],
    ['/index.html?x', 'text/html; charset=utf-8', '<!doctype html><title>app</title>'],
    ['/assets/index-1.js', 'text/javascript; charset=utf-8', 'export {};'],
    ['/assets/index-1.css', 'text/css; charset=utf-8', 'body{}'],
    ['/favicon.svg', 'image/svg+xml', '<svg/>'],
    ['/sw.js', 'text/javascript; charset=utf-8', 'self;'],
  ])('serves %s as %s', async (path, type, body) => {
    expect(await get(server.port, path)).toEqual({ status: 200, type, body });
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/.env',
    '/link.txt',
    '/assets',
    '/assets/',
    '/missing.js',
  ])('answers 404 for %s and shows nothing outside the app', async (path) => {
    const r = await get(server.port, path);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('outside');
    expect(r.body).not.toContain('SECRET');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    expect(await get(server.port, '/', { method: 'HEAD' })).toMatchObject({
      status: 200,
      body: '',
    });
    expect((await get(server.port, '/', { method: 'POST' })).status).toBe(405);
  });

  it('accepts localhost but refuses another host name (DNS rebinding)', async () => {
    expect((await get(server.port, '/', { host: `localhost:${server.port}` })).status).toBe(200);
    expect((await get(server.port, '/', { host: `evil.example:${server.port}` })).status).toBe(421);
  });
});
