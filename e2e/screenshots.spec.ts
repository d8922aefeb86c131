import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ImportDialog } from './pages/import-dialog';

// Screenshots for the README: `npm run screenshots` writes docs/screenshots/. Skipped in ordinary
// runs so tests never rewrite tracked files.
test.skip(!process.env['SCREENSHOTS'], 'set SCREENSHOTS=1 to refresh docs/screenshots');

const NGINX = readFileSync(new URL('./fixtures-files/app-nginx.conf', import.meta.url), 'utf8');
const shot = (name: string) => ({ path: `docs/screenshots/${name}.png`, fullPage: true });

/** The timeline and reset-rate panels load when scrolled into view: show them loaded. */
async function loadPanels(page: Page): Promise<void> {
  for (const [placeholder, heading] of [
    ['Loading the race timeline', 'Race timeline'],
    ['Loading the reset-rate estimate', 'Reset rate'],
  ] as const) {
    const waiting = page.getByText(placeholder);
    if (await waiting.count()) await waiting.scrollIntoViewIfNeeded();
    await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

test('main screen, light and dark', async ({ app, page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await app.open();
    await loadPanels(page);
    await page.screenshot(shot(scheme === 'dark' ? 'main-dark' : 'main'));
  }
});

test('an incident with its findings and fix plan', async ({ app, page }) => {
  await app.open();
  await app.loadExample('AWS ALB → Node.js (5 s)');
  await app.expectVerdicts(['risk']);
  await loadPanels(page);
  await page.screenshot(shot('incident'));
});

test('the import flow', async ({ app, page }) => {
  await app.open();
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.paste(NGINX.replace('keepalive_timeout 30s;', 'keepalive_timeout 30s'));
  await dialog.root.locator('.diagnostic').first().waitFor();
  // The viewport only: a modal's backdrop covers the window, not a full-page capture.
  await page.screenshot({ ...shot('import'), fullPage: false });
});

test('tablet width', async ({ app, page }) => {
  await page.setViewportSize({ width: 820, height: 1100 });
  await app.open();
  await app.loadExample('Go client → nginx → Go app (the article)');
  await app.openSettings(1);
  await page.screenshot(shot('tablet'));
});

test('the race timeline: before the FIN, the crossing, the RST, after the fix, all hops', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 1000 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open();
  await app.loadExample('AWS ALB → Node.js (5 s)');
  await loadPanels(page);
  const scene = page.locator('section.tl-root:not(.tl-overview)').first();
  await scene.getByRole('radio', { name: 'Reuse inside the race window' }).check();
  const next = scene.getByRole('button', { name: 'Next event (Right arrow)' });
  const steps: [number, string][] = [
    [3, 'timeline-before-fin'],
    [5, 'timeline-crossing'],
    [7, 'timeline-rst'],
  ];
  let at = 1;
  for (const [step, name] of steps) {
    for (; at < step; at++) await next.click();
    await page.getByText(`Step ${step} of`).waitFor();
    await scene.screenshot({ path: `docs/screenshots/${name}.png` });
  }
  // The scenario radios are drawn as buttons: click the label, as a user does.
  await scene.locator('label', { hasText: 'After the fix' }).click();
  await expect(scene.getByRole('radio', { name: 'After the fix' })).toBeChecked();
  await scene.screenshot({ path: 'docs/screenshots/timeline-after-fix.png' });
  await page.locator('section.tl-overview').screenshot({
    path: 'docs/screenshots/timeline-overview.png',
  });
});

test('the reset-rate estimate', async ({ app, page }) => {
  await app.open();
  await app.loadExample('AWS ALB → Node.js (5 s)');
  await loadPanels(page);
  await page.locator('.reset-rate-panel').screenshot({ path: 'docs/screenshots/reset-rate.png' });
});
