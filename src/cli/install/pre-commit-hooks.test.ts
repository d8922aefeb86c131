import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packageBuilt, repoRoot, usePackedPackage } from './pack-kit';

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files?: string;
  pass_filenames?: boolean;
  always_run?: boolean;
}
const hooks = parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = (id: string) => hooks.find((h) => h.id === id)!;

describe('.pre-commit-hooks.yaml', () => {
  it('defines node hooks that run the package’s own command', () => {
    expect(hooks.map((h) => h.id)).toEqual(['timeout-chain', 'timeout-chain-extract']);
    for (const h of hooks) {
      expect(h.language).toBe('node');
      expect(h.entry.split(' ')[0]).toBe('timeout-chain');
    }
    expect(hook('timeout-chain').pass_filenames).toBe(false);
  });

  it.each([
    ['deploy/nginx.conf', true],
    ['nginx/sites/nginx-api.conf', true],
    ['haproxy.cfg', true],
    ['etc/Caddyfile', true],
    ['chains/edge.chain.yaml', true],
    ['envoy.yaml', true],
    ['README.md', false],
    ['src/nginx.ts', false],
    ['docs/nginx.conf.md', false],
  ])('the extract hook picks %s: %s', (file, picked) => {
    // pre-commit matches `files` with Python's re.search; this pattern means the same in JS.
    expect(new RegExp(hook('timeout-chain-extract').files!).test(file)).toBe(picked);
  });
});

// The hooks' entries as pre-commit runs them, against the installed tarball.
describe.skipIf(!packageBuilt)('the hooks run against the packed tarball', () => {
  const packed = usePackedPackage({ install: true });
  beforeAll(() => {
    const project = packed.project;
    writeFileSync(join(project, 'nginx.conf'), 'http {\n  keepalive_timeout 75s;\n}\n');
    writeFileSync(join(project, 'nginx-broken.conf'), 'http {\n  keepalive_timeout 75s\n');
  }, 60_000);
  const runHook = (h: Hook, args: string[]) => {
    const project = packed.project;
    const [, ...entryArgs] = h.entry.split(' ');
    return spawnSync(
      join(project, 'node_modules', '.bin', 'timeout-chain'),
      [...entryArgs, ...args],
      {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 20_000,
      },
    );
  };

  it('check: fails a risky chain given in args, passes a sound one', () => {
    expect(runHook(hook('timeout-chain'), ['tech:aws-alb', 'tech:node-http-server']).status).toBe(
      1,
    );
    expect(runHook(hook('timeout-chain'), ['tech:node-agent', 'nginx.conf']).status).toBe(0);
  });

  it('extract: lists the settings of a changed config, fails one that does not parse', () => {
    const good = runHook(hook('timeout-chain-extract'), ['nginx.conf']);
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/keepalive_timeout\s+server-idle\s+75 s/);
    const broken = runHook(hook('timeout-chain-extract'), ['nginx.conf', 'nginx-broken.conf']);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('nginx-broken.conf:1:1: error NGINX_UNCLOSED_BLOCK');
  });
});
