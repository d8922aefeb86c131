#!/usr/bin/env node
// Runs the Playwright end-to-end tests in Chromium. Finds a browser the way design/contracts.md
// says: CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own (installing it where that can
// download). Builds the app first when dist/ is missing. Extra arguments go to `playwright test`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';

const HOW_TO_GET_ONE =
  'e2e: no Chromium found — install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROMIUM_PATH=/path/to/chromium';

/** The first browser that exists, or undefined. */
function findBrowser() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    console.error(`e2e: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`);
    process.exit(1);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const own = chromium.executablePath();
  if (own && existsSync(own)) return own;
  // Playwright's own browser, downloaded where the network allows it.
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  if (install.status === 0 && own && existsSync(own)) return own;
  return undefined;
}

/** A TCP port nothing listens on right now. */
function findFreePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const browser = findBrowser();
if (!browser) {
  console.error(HOW_TO_GET_ONE);
  process.exit(1);
}

if (!existsSync('dist/index.html')) {
  console.log('e2e: dist/ is missing, building the app first (npm run build:app)');
  const build = spawnSync('npm', ['run', 'build:app'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.E2E_PORT ?? String(await findFreePort());
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser, E2E_PORT: port },
});
process.exit(run.status ?? 1);
