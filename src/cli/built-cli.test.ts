import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(`${root}dist-cli/timeout-chain.mjs`);
const runBuilt = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/timeout-chain.js', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, NO_COLOR: '1' },
  });

describe('the built CLI (bin/timeout-chain.js → dist-cli)', () => {
  it.skipIf(!built)('prints help', () => {
    const r = runBuilt('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: timeout-chain <command>');
  });

  it.skipIf(!built)('checks ALB → Node at defaults: risk, exit 1, JSON on stdout', () => {
    const r = runBuilt('check', '--format', 'json', 'tech:aws-alb', 'tech:node-http-server');
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { hops: { verdict: string }[] }).hops[0]?.verdict).toBe('risk');
  });

  it.skipIf(!built)('reports an unreadable file in one line, exit 2, no stack trace', () => {
    const r = runBuilt('check', 'no-such-file.conf');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'timeout-chain check: cannot read no-such-file.conf: no such file or directory\n',
    );
  });

  it.skipIf(built)('is skipped: dist-cli/ is not built (run npm run build:cli)', () => {
    expect(built).toBe(false);
  });
});
