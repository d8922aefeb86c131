import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readAction, runAction } from './action-runner-kit';
import { packageBuilt, repoRoot, usePackedPackage } from './pack-kit';

const action = readAction(join(repoRoot, 'action.yml'));

describe('action.yml', () => {
  it('is a composite action whose scripts take inputs only from the environment', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.inputs['inputs']?.required).toBe(true);
    for (const step of action.runs.steps) {
      if (step.run !== undefined) {
        expect(step.shell).toBe('bash');
        // `${{ }}` pasted into a script would let a crafted input run as shell code.
        expect(step.run).not.toContain('${{');
      }
    }
    expect(action.runs.steps.map((s) => s.uses).filter(Boolean)).toEqual([
      'github/codeql-action/upload-sarif@v4',
    ]);
  });
});

describe('docs/examples/timeout-chain.yml (the example workflow)', () => {
  const workflow = parse(
    readFileSync(join(repoRoot, 'docs', 'examples', 'timeout-chain.yml'), 'utf8'),
  ) as {
    permissions: Record<string, string>;
    jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  const ours = steps.find((s) => s.uses?.includes('/timeout-chain@'));

  it('uses this action with inputs it has, the required ones given', () => {
    expect(ours).toBeDefined();
    const given = Object.keys(ours?.with ?? {});
    for (const name of given) expect(Object.keys(action.inputs)).toContain(name);
    for (const [name, input] of Object.entries(action.inputs))
      if (input.required) expect(given).toContain(name);
  });

  it('checks out the repository first and may upload SARIF', () => {
    expect(steps[0]?.uses).toMatch(/^actions\/checkout@/);
    expect(workflow.permissions['security-events']).toBe('write');
  });
});

describe('the action by default', () => {
  it('installs timeout-chain at the version of the action itself', () => {
    // A stand-in `npm` on PATH records what the install step asks for (no registry here).
    const bin = mkdtempSync(join(tmpdir(), 'tc-fake-npm-'));
    try {
      writeFileSync(join(bin, 'npm'), `#!/bin/sh\necho "$@" > "${join(bin, 'args')}"\n`, {
        mode: 0o755,
      });
      const r = runAction(
        action,
        { inputs: 'tech:aws-alb' },
        { workspace: bin, actionPath: repoRoot, env: { PATH: `${bin}:${process.env['PATH']}` } },
      );
      const version = (
        JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
          version: string;
        }
      ).version;
      expect(readFileSync(join(bin, 'args'), 'utf8')).toMatch(
        new RegExp(`^install --prefix \\S+ .*timeout-chain@${version.replace(/\./g, '\\.')}\n$`),
      );
      expect(r.outputs['install']?.outputs['bin']).toMatch(/node_modules\/\.bin\/timeout-chain$/);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});

// The action's command lines, run against the packed tarball as the `package` input.
describe.skipIf(!packageBuilt)('the action run against the packed tarball', () => {
  const packed = usePackedPackage({ install: false });
  let workspace = '';
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'tc-workspace-'));
    writeFileSync(join(workspace, 'nginx.conf'), 'http {\n  keepalive_timeout 75s;\n}\n');
  }, 60_000);
  afterAll(() => {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });
  const runWith = (inputs: Record<string, string>) =>
    runAction(
      action,
      { package: packed.tarball, ...inputs },
      {
        workspace,
        actionPath: repoRoot,
        env: { npm_config_offline: 'true' },
      },
    );

  it('writes SARIF, uploads it and fails on a risk (ALB 60 s in front of Node 5 s)', () => {
    const r = runWith({ inputs: 'tech:aws-alb\ntech:node-http-server' });
    expect(r.failedStep).toBe('Fail on the chosen verdict');
    expect(r.exitCode).toBe(1);
    expect(r.outputs['check']?.outputs).toEqual({
      'exit-code': '1',
      'sarif-file': 'timeout-chain.sarif',
    });
    const sarif = JSON.parse(readFileSync(join(workspace, 'timeout-chain.sarif'), 'utf8')) as {
      version: string;
      runs: { tool: { driver: { name: string } }; results: { level: string }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.some((x) => x.level === 'error')).toBe(true);
    expect(r.used).toEqual([
      {
        uses: 'github/codeql-action/upload-sarif@v4',
        with: { sarif_file: 'timeout-chain.sarif', category: 'timeout-chain' },
      },
    ]);
    expect(r.log).toContain('risk');
  }, 60_000);

  it('passes with fail-on never, still uploading the findings', () => {
    const r = runWith({ inputs: 'tech:aws-alb tech:node-http-server', 'fail-on': 'never' });
    expect(r.failedStep).toBeNull();
    expect(r.outputs['check']?.outputs['exit-code']).toBe('1');
    expect(r.used).toHaveLength(1);
  }, 60_000);

  it('passes a chain in the right order, reading a config file of the repository', () => {
    const r = runWith({ inputs: 'tech:node-agent nginx.conf', upload: 'false' });
    expect(r.failedStep).toBeNull();
    expect(r.outputs['check']?.outputs['exit-code']).toBe('0');
    expect(r.used).toEqual([]);
  }, 60_000);

  it('fails at the check, with nothing to upload, on an unreadable input or a bad fail-on', () => {
    const missing = runWith({ inputs: 'tech:aws-alb no-such.conf', 'sarif-file': 'm.sarif' });
    expect(missing.failedStep).toBe('Check the chain');
    expect(missing.exitCode).toBe(2);
    expect(missing.log).toContain('cannot read no-such.conf');
    expect(existsSync(join(workspace, 'm.sarif'))).toBe(false);
    expect(missing.used).toEqual([]);
    const bad = runWith({ inputs: 'tech:aws-alb', 'fail-on': 'sometimes' });
    expect(bad.failedStep).toBe('Check the chain');
    expect(bad.log).toContain('fail-on must be risk, warn or never');
  }, 60_000);
});
