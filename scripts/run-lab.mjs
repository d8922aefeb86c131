// npm run test:lab [-- --update-results] [vitest options]: runs the lab (vitest.lab.config.ts).
// The results go to a file in the OS temp dir; with --update-results also to lab/results.md and
// the README's lab table (vitest itself refuses options it does not know, so this passes the wish
// on as LAB_UPDATE_RESULTS=1).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const update = args.includes('--update-results');
const vitest = join(
  dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
);
const child = spawn(
  process.execPath,
  [
    vitest,
    'run',
    '--config',
    'vitest.lab.config.ts',
    ...args.filter((a) => a !== '--update-results'),
  ],
  { stdio: 'inherit', env: { ...process.env, ...(update ? { LAB_UPDATE_RESULTS: '1' } : {}) } },
);
// A Ctrl-C reaches vitest as well (same process group): wait for it to clean up and exit.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
