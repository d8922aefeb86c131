import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The CLI as a user starts it (src/cli/bin.ts through tsx), on inputs that are not regular files.
 * Each run is bounded: a CLI that blocks on a FIFO is killed after 8 s and the test fails.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'timeout-chain-odd-files-'));
const fifo = join(dir, 'nginx.conf');
execFileSync('mkfifo', [fifo]);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runCli(args: string[], stdin?: number) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 8000,
    killSignal: 'SIGKILL',
    stdio: [stdin ?? 'ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
}

describe('the CLI on a FIFO or a device', () => {
  it('refuses a FIFO given directly: one line, exit 2', () => {
    const r = runCli(['check', 'tech:aws-alb', fifo]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `timeout-chain check: cannot read ${fifo}: not a regular file (a FIFO)\n`,
    );
  }, 15_000);

  it('refuses a FIFO named by a chain file’s config:', () => {
    const chain = join(dir, 'edge.chain.yaml');
    writeFileSync(chain, 'nodes:\n  - tech: aws-alb\n  - tech: nginx\n    config: ./nginx.conf\n');
    const r = runCli(['check', chain]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot read ${fifo}: not a regular file (a FIFO)`);
  }, 15_000);

  it('refuses /dev/zero, and stops reading /dev/zero as stdin at the size cap', () => {
    const r = runCli(['extract', '/dev/zero']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'timeout-chain extract: cannot read /dev/zero: not a regular file (a character device)\n',
    );
    const zero = openSync('/dev/zero', 'r');
    try {
      const s = runCli(['extract', '-'], zero);
      expect(s.status).toBe(2);
      expect(s.stderr).toMatch(/^timeout-chain extract: cannot read stdin: larger than 32 MiB/);
    } finally {
      closeSync(zero);
    }
  }, 20_000);
});
