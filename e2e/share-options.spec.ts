import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

test.describe('share options', () => {
  test('Share copies the link at once', async ({ app, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this chain' });
    await expect(dialog.getByRole('status').filter({ hasText: 'on your clipboard' })).toBeVisible();
    const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  });

  test('config text goes in only on opt-in, and a long link is flagged', async ({
    app,
    page,
    browser,
  }) => {
    await app.open();
    // Many distinct upstreams: text that does not compress away.
    const conf = Array.from(
      { length: 120 },
      (_, i) => `upstream u${i} { server 10.${i}.${(i * 7) % 255}.${(i * 13) % 255}:${8000 + i}; }`,
    ).join('\n');
    await page.getByRole('button', { name: 'Import configs…' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import configs' });
    await importDialog.locator('input[type="file"]').setInputFiles({
      name: 'big.conf',
      mimeType: 'text/plain',
      buffer: Buffer.from(`http {\n  keepalive_timeout 70s;\n${conf}\n}\n`),
    });
    await expect(importDialog.locator('[data-import-file="big.conf"]')).toContainText(
      'detected nginx',
    );
    // Beside the example's nodes (by default the import takes the example's place).
    await importDialog.getByLabel('at the server end of the chain').check();
    await importDialog.getByRole('button', { name: 'Apply to the chain' }).click();

    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this chain' });
    const linkBox = dialog.getByRole('textbox', { name: 'Link' });
    await expect(linkBox).toHaveValue(/#v2\./);
    const short = await linkBox.inputValue();
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await dialog.getByLabel(/Include the config text/).check();
    await expect.poll(async () => (await linkBox.inputValue()).length).toBeGreaterThan(2000);
    await expect(dialog.getByRole('alert')).toContainText('longer than 2000 characters');
    const long = await linkBox.inputValue();
    expect(short.length).toBeLessThan(2000);

    // The link with config text opens the same chain elsewhere.
    const fresh = await browser.newContext();
    const other = new AppPage(await fresh.newPage());
    await other.page.goto(long);
    await expect(other.nodes).toHaveCount(4);
    await other.page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(other.page.getByLabel(/Include the config text \(.*big\.conf/)).toBeVisible();
    await fresh.close();
  });

  test('imported config text survives a reload, still on offer for sharing', async ({
    app,
    page,
  }) => {
    await app.open();
    await page.getByRole('button', { name: 'Import configs…' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import configs' });
    await importDialog.locator('input[type="file"]').setInputFiles({
      name: 'edge.conf',
      mimeType: 'text/plain',
      buffer: Buffer.from('http {\n  keepalive_timeout 70s;\n  upstream app { keepalive 8; }\n}\n'),
    });
    await expect(importDialog.locator('[data-import-file="edge.conf"]')).toContainText(
      'detected nginx',
    );
    await importDialog.getByRole('button', { name: 'Apply to the chain' }).click();
    await page.goto('./');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(page.getByLabel(/Include the config text \(.*edge\.conf\)/)).toBeVisible();
  });
});
