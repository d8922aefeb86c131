import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { ImportDialog } from './pages/import-dialog';
import { seedFiles, THREE_BY_ROLE, THREE_SNIPPETS } from './seed-files';

/** Wholly inside the 1280×800 window as it is (no scrolling). */
async function expectInWindow(el: Locator) {
  const box = await el.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(800);
  expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
}

test('a new user at 1280×800: first screen, three article snippets, 65 typed, the race in view', async ({
  app,
  page,
}) => {
  // The first screen: what the tool does, the two ways in, the example named as one.
  await app.open();
  await expectInWindow(page.getByText(/^Finds where a client keeps idle connections/));
  await expectInWindow(page.getByRole('button', { name: 'Paste your configs…' }));
  await expectInWindow(page.getByLabel('or open an example'));
  await expect(page.getByText('Showing an example:')).toBeVisible();
  await expectInWindow(page.locator('.worst-hop').getByRole('img'));

  // Import the three snippets as a file dialog gives them (by name: the app first).
  await page.getByRole('button', { name: 'Paste your configs…' }).click();
  const dialog = new ImportDialog(page);
  await dialog.root.locator('input[type="file"]').setInputFiles(seedFiles(THREE_SNIPPETS));
  await expect(dialog.status).toHaveText('3 nodes found.');
  expect(await dialog.nodeLabels()).toEqual(THREE_BY_ROLE);
  await expect(dialog.root.locator('.import-order-note')).toContainText('by role');
  await expect(dialog.nodes.nth(1)).toContainText('keepalive_timeout 65 s nginx.conf:3');
  await expect(dialog.root.getByLabel(/in place of the example/)).toBeChecked();
  await dialog.apply();
  expect(await app.nodeTitles()).toEqual(THREE_BY_ROLE);
  await expect(page.getByText('Showing an example:')).toBeHidden();
  // Go client 55 s < nginx 65 s; nginx's pool 55 s < Tomcat 60 s.
  await app.expectVerdicts(['ok', 'ok']);

  // Type 65 into nginx's keepalive_timeout: nginx reads a bare number as seconds.
  await app.openSettings(1);
  await app.setValue('keepalive_timeout', '65');
  await expect(page.getByRole('status').filter({ hasText: '65 → 65 s' })).toBeVisible();
  await app.expectVerdicts(['ok', 'ok']);
  await expect(app.hop(0)).toContainText('65 s');

  // Back at the top, the worst hop's race is on screen; its timeline one click away.
  await page.evaluate(() => window.scrollTo(0, 0));
  const strip = page.locator('.worst-hop').getByRole('img');
  await expect(strip).toHaveAttribute(
    'aria-label',
    'No race window: Go client drops them at 55 s, before nginx :80 → upstream backend closes at 65 s.',
  );
  await expectInWindow(strip);
  await page.getByRole('button', { name: 'Show its race timeline' }).click();
  await expect(page.getByRole('heading', { name: 'Race timeline', exact: true })).toBeInViewport();
});
