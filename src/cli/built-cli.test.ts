import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(`${root}dist-cli/timeout-chain.cjs`);
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

  it.skipIf(!built)('compiles with the code cache made at build time', () => {
    const r = spawnSync(process.execPath, ['bin/timeout-chain.js', '--version'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, TIMEOUT_CHAIN_CODE_CACHE: 'report' },
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('code cache: used\n');
  });

  it.skipIf(!built)('is an ASCII file that still prints the non-ASCII text it holds', () => {
    // vite.cli.config.ts escapes every non-ASCII character: Node then reads a one-byte string.
    const bundle = readFileSync(`${root}dist-cli/timeout-chain.cjs`, 'latin1');
    expect(bundle.match(/[\u0080-\uffff]/)?.[0]).toBeUndefined();
    // The `→` the source writes, printed through its escape.
    const r = spawnSync(
      process.execPath,
      ['bin/timeout-chain.js', 'extract', '--format', 'text', '-'],
      {
        cwd: root,
        input:
          'http {\n  upstream u { server a:1; }\n  server { location / { proxy_pass http://u; } }\n}\n',
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    expect(r.stdout).toContain('nginx server :80 → upstream u');
  });

  it.skipIf(!built)('flushes a large output before it exits, also into a pipe', () => {
    const text = Array.from(
      { length: 3000 },
      (_, i) => `server { listen ${8000 + (i % 50)}; server_name s${i}.example; }`,
    ).join('\n');
    const r = spawnSync(process.execPath, ['bin/timeout-chain.js', 'extract', '-'], {
      cwd: root,
      input: `http {\n${text}\n}\n`,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      timeout: 20_000,
    });
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { files: { nodes: unknown[] }[] };
    expect(json.files[0]?.nodes).toHaveLength(3000);
  });

  it.skipIf(built)('is skipped: dist-cli/ is not built (run npm run build:cli)', () => {
    expect(built).toBe(false);
  });
});
