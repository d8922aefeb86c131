/**
 * The lab cleans up after itself: a test process killed outright (a crash, the OOM killer) takes
 * its servers and temp dirs with it, through the watchdog (lab/watchdog.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasBinary, NGINX_BIN } from './servers';

const root = fileURLToPath(new URL('../', import.meta.url));

const isAlive = (pid: number): boolean => {
  try {
    process.kill(-pid, 0); // anyone left in the server's process group (master or worker)
    return true;
  } catch {
    return false;
  }
};

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

async function waitFor(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

describe.skipIf(!hasBinary(NGINX_BIN))('the lab after its process is SIGKILLed', () => {
  it('leaves no nginx running or listening and no temp dir', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'lab/start-nginx-child.ts'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0] ?? '');
      });
      child.once('exit', (code) =>
        reject(new Error(`the child exited (${code}) before nginx ran`)),
      );
    });
    const { pid, dir, port } = JSON.parse(line) as { pid: number; dir: string; port: number };
    try {
      expect(isAlive(pid)).toBe(true);
      expect(existsSync(dir)).toBe(true);
      expect(await accepts(port)).toBe(true);

      child.kill('SIGKILL');

      expect(await waitFor(() => !isAlive(pid), 5000), `nginx ${pid} still running`).toBe(true);
      expect(await waitFor(() => !existsSync(dir), 5000), `${dir} still there`).toBe(true);
      expect(await accepts(port)).toBe(false);
    } finally {
      // Whatever the outcome, this test leaves nothing behind either.
      child.kill('SIGKILL');
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // gone, as it should be
      }
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
