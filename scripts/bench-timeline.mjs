#!/usr/bin/env node
// Frame-rate bench of the race timeline: a 10-hop chain's overview plus the hop scene playing,
// in headless Chromium, on a production build of timeline-preview.html.
// Measures requestAnimationFrame deltas for ~3 s of playback (median fps) and long tasks
// (PerformanceObserver 'longtask'). Targets: median ≥ 55 fps, no long task over 50 ms.
// Prints one summary line last; exits 1 when a target is missed.
//   node scripts/bench-timeline.mjs [--url http://host:port/timeline-preview.html] [--seconds 3]
// Without --url it builds the preview page into a temporary folder and serves it itself.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const TARGET_FPS = 55;
const MAX_LONG_TASK_MS = 50;
const QUERY = '?chain=bench&scenario=reset&play=1&reduced=0';

const { values: args } = parseArgs({
  options: { url: { type: 'string' }, seconds: { type: 'string', default: '3' } },
});

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', chromium.executablePath()];
  return candidates.find((p) => p && existsSync(p));
}

function findFreePort() {
  return new Promise((done, fail) => {
    const srv = createNetServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => done(port));
    });
  });
}

/** Builds timeline-preview.html for production and serves it; returns its URL and a stop(). */
async function servePreviewBuild() {
  const { build, preview } = await import('vite');
  const root = resolve(import.meta.dirname, '..');
  const outDir = mkdtempSync(join(tmpdir(), 'tc-timeline-bench-'));
  await build({
    root,
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: join(root, 'timeline-preview.html') },
    },
  });
  const port = await findFreePort();
  const server = await preview({
    root,
    logLevel: 'error',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  return {
    url: `http://127.0.0.1:${port}/timeline-preview.html`,
    stop: async () => {
      await new Promise((done) => server.httpServer.close(done));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Runs in the page: rAF deltas and long tasks over `ms` of playback. */
function measureInPage(ms) {
  return new Promise((done) => {
    const longTasks = [];
    const obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(e.duration);
    });
    obs.observe({ type: 'longtask', buffered: false });
    const deltas = [];
    let last = null;
    const start = performance.now();
    const tick = (now) => {
      if (last !== null) deltas.push(now - last);
      last = now;
      if (now - start < ms) requestAnimationFrame(tick);
      else {
        obs.disconnect();
        const time = document.querySelector('.tl-time')?.textContent ?? '';
        const playing = document.querySelector('.tl-play')?.getAttribute('data-playing');
        done({ deltas, longTasks, time, playing });
      }
    };
    requestAnimationFrame(tick);
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2
    : NaN;
};

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('timeline: no Chromium (set CHROMIUM_PATH or apt-get install -y chromium)');
    process.exit(1);
  }
  const served = args.url ? { url: args.url, stop: async () => {} } : await servePreviewBuild();
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(served.url + QUERY);
    await page.waitForSelector('.tl-play[data-playing="true"]', { timeout: 15_000 });
    const hops = await page.locator('.tl-lane').count();
    const ms = Number(args.seconds) * 1000;
    const r = await page.evaluate(measureInPage, ms);
    const fps = 1000 / median(r.deltas);
    const maxLong = r.longTasks.length ? Math.max(...r.longTasks) : 0;
    const worst = Math.max(...r.deltas);
    const pass = fps >= TARGET_FPS && maxLong <= MAX_LONG_TASK_MS && hops === 10;
    console.log(
      `${hops} hops, ${r.deltas.length} frames over ${args.seconds} s, playing until ${r.time.trim()}`,
    );
    console.log(
      `median ${fps.toFixed(1)} fps, worst frame ${worst.toFixed(1)} ms, ${r.longTasks.length} long tasks, max long task ${maxLong.toFixed(0)} ms (targets: ≥ ${TARGET_FPS} fps, ≤ ${MAX_LONG_TASK_MS} ms)`,
    );
    process.exitCode = pass ? 0 : 1;
  } finally {
    await browser.close();
    await served.stop();
  }
}

await main();
