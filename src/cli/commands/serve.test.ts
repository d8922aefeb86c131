import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFakeIo } from '../fake-io';
import { run } from '../main';
import { findFreePortForTest } from '../probe/free-port-kit';

const app = mkdtempSync(join(tmpdir(), 'tc-serve-cmd-'));
mkdirSync(app, { recursive: true });
writeFileSync(join(app, 'index.html'), '<!doctype html><title>Timeout Chain</title>');
afterAll(() => rmSync(app, { recursive: true, force: true }));

describe('timeout-chain serve', () => {
  it('serves on the given free port, prints the URL and stops on Ctrl-C with exit 0', async () => {
    const port = await findFreePortForTest();
    const io = createFakeIo();
    let interrupt: (() => void) | undefined;
    io.onInterrupt = (h) => ((interrupt = h), () => {});
    const done = run(['serve', '--port', String(port), '--dir', app], io);
    await expect.poll(() => io.out).toContain(`http://127.0.0.1:${port}/`);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Timeout Chain</title>');
    expect(io.out).toContain(`timeout-chain url --base http://127.0.0.1:${port}/`);
    interrupt?.();
    expect(await done).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it('says so in one line when the port is taken (exit 2)', async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()));
    const port = (busy.address() as { port: number }).port;
    try {
      const io = createFakeIo();
      expect(await run(['serve', '--port', String(port), '--dir', app], io)).toBe(2);
      expect(io.err).toBe(
        `timeout-chain serve: port ${port} is in use; choose another with --port N (0 = any free port)\n`,
      );
    } finally {
      busy.close();
    }
  });

  it.each([
    [['--port', '70000'], '--port: "70000" is not a port number 0–65535'],
    [['--port', 'http'], '--port: "http" is not a port number 0–65535'],
    [['--dir', '/nonexistent-dir'], '--dir: no index.html in /nonexistent-dir'],
    [['nginx.conf'], 'serve takes no inputs (got "nginx.conf"); see --help'],
  ])('refuses %j (exit 2)', async (args, message) => {
    const io = createFakeIo();
    expect(await run(['serve', ...args], io)).toBe(2);
    expect(io.err).toBe(`timeout-chain serve: ${message}\n`);
  });
});
