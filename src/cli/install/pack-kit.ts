import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

/** Test kit for the published package: pack the checkout, install the tarball far from it. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Whether the app and the CLI are built (npm test builds before the unit tests run). */
export const packageBuilt =
  existsSync(join(repoRoot, 'dist', 'index.html')) &&
  existsSync(join(repoRoot, 'dist-cli', 'timeout-chain.cjs'));

/**
 * The environment of a nested npm: without the npm_* variables of an enclosing `npm test` (they
 * are read as configuration), offline, quiet.
 */
export function npmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return {
    ...env,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    NO_COLOR: '1',
    ...extra,
  };
}

export function npm(args: string[], cwd: string, env = npmEnv()): SpawnSyncReturns<string> {
  return spawnSync('npm', args, { cwd, env, encoding: 'utf8', timeout: 60_000 });
}

function check(r: SpawnSyncReturns<string>, what: string): string {
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}): ${r.stderr}`);
  return r.stdout;
}

/**
 * `npm pack` of the checkout as built (scripts skipped: prepack would rebuild what npm test just
 * built). Returns the tarball's path in a new temporary folder.
 */
export function packTarball(): string {
  const dest = mkdtempSync(join(tmpdir(), 'tc-pack-'));
  const out = check(
    npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dest], repoRoot),
    'npm pack',
  );
  const [info] = JSON.parse(out) as { filename: string }[];
  return join(dest, info!.filename);
}

/**
 * Installs the tarball into a new empty project folder with npm's `--offline`: nothing may come
 * from a registry. Returns the folder.
 */
export function installTarball(tarball: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tc-installed-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "empty-project", "private": true }\n');
  check(npm(['install', '--offline', '--no-save', tarball], dir), 'npm install of the tarball');
  return dir;
}

/**
 * In a describe block: packs the checkout before its tests and, when `install` is set, installs
 * the tarball into an empty folder; removes both afterwards. Read the paths inside tests.
 */
export function usePackedPackage(options: { install: boolean }): {
  tarball: string;
  project: string;
} {
  const paths = { tarball: '', project: '' };
  beforeAll(() => {
    paths.tarball = packTarball();
    if (options.install) paths.project = installTarball(paths.tarball);
  }, 60_000);
  afterAll(() => {
    if (paths.tarball) rmSync(dirname(paths.tarball), { recursive: true, force: true });
    if (paths.project) rmSync(paths.project, { recursive: true, force: true });
  });
  return paths;
}
