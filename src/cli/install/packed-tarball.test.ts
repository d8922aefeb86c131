import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { npmEnv, packageBuilt, usePackedPackage } from './pack-kit';

// The package as users get it: `npm pack`, installed offline into an empty folder, run with npx.
describe.skipIf(!packageBuilt)('the packed npm package', () => {
  const packed = usePackedPackage({ install: true });

  const npx = (...args: string[]) =>
    spawnSync('npx', ['--offline', 'timeout-chain', ...args], {
      cwd: packed.project,
      env: npmEnv(),
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('installs with no dependency to fetch: the bundled app and CLI only', () => {
    const installed = join(packed.project, 'node_modules');
    expect(readdirSync(installed).filter((n) => !n.startsWith('.'))).toEqual(['timeout-chain']);
    const pkg = join(installed, 'timeout-chain');
    expect(readdirSync(pkg).sort()).toEqual(
      ['README.md', 'bin', 'dist', 'dist-cli', 'package.json', 'schema'].sort(),
    );
    expect(existsSync(join(pkg, 'dist', 'index.html'))).toBe(true);
    expect(existsSync(join(pkg, 'dist', 'sw.js'))).toBe(true);
  });

  it('runs `npx timeout-chain check tech:aws-alb tech:node-http-server`: risk, exit 1', () => {
    const r = npx('check', 'tech:aws-alb', 'tech:node-http-server');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/risk/i);
    expect(r.stdout).toContain('keepAliveTimeout');
  }, 60_000);

  it('serves the bundled app with `timeout-chain serve --port 0`', async () => {
    // The installed bin itself (not through npx, so that SIGINT reaches the server).
    const bin = join(packed.project, 'node_modules', 'timeout-chain', 'bin', 'timeout-chain.js');
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { cwd: packed.project });
    try {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
      await expect.poll(() => out, { timeout: 15_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\//);
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)![0];
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Timeout Chain</title>');
    } finally {
      child.kill('SIGINT');
    }
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(0);
  }, 60_000);
});
