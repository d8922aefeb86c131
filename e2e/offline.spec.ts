import { readFileSync } from 'node:fs';
import { chainOf } from '../src/core/analysis/test-chain';
import { encodeShareState } from '../src/core/share';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ImportDialog } from './pages/import-dialog';

const NGINX = readFileSync(new URL('./fixtures-files/app-nginx.conf', import.meta.url), 'utf8');

test('once loaded, the app works offline: reload, a share link in a new tab, an import', async ({
  app,
  page,
  context,
}) => {
  await app.open();
  await app.expectVerdicts(['ok', 'ok']);
  // The service worker has installed (every file of the build is cached) and is active.
  const state = await page.evaluate(
    async () => (await navigator.serviceWorker.ready).active?.state,
  );
  expect(['activating', 'activated']).toContain(state);

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await app.expectVerdicts(['ok', 'ok']);
  expect(await app.nodeTitles()).toEqual(['Go client', 'nginx', 'Go app']);

  // A share link opened in a new tab, still offline: ALB (60 s) in front of Node (5 s) is a risk.
  const link = await encodeShareState(chainOf(['aws-alb', 'node-http-server']));
  const tab = new AppPage(await context.newPage());
  const opened = await tab.page.goto(`./#${link}`);
  expect(opened?.fromServiceWorker()).toBe(true);
  await tab.expectVerdicts(['risk']);
  await tab.page.close();

  // Importing a config loads the editor, the parsers and the parse worker: all from the cache.
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.paste(NGINX);
  await expect(dialog.status).toHaveText('One node found.');
  await expect(dialog.file('pasted text')).toContainText('detected nginx');
  await dialog.putThem('at the server end of the chain');
  await dialog.apply();
  await expect(app.nodes).toHaveCount(4);
});

test('the service worker answers nothing but its own origin', async ({ app, page }) => {
  await app.open();
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  const source = await (await page.request.get('./sw.js')).text();
  // The only fetch it makes goes through a check of the request's origin against its own.
  expect(source).toContain('location.origin');
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls = await Promise.all(
      names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)),
    );
    return urls.flat();
  });
  expect(cached.length).toBeGreaterThan(3);
  for (const url of cached) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  expect(cached.some((u) => u.endsWith('/index.html'))).toBe(true);
  expect(cached.some((u) => /parse-worker-.*\.js$/.test(u))).toBe(true);
});
