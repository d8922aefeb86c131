import { expect, test } from './fixtures';

test.describe('the default chain (the article: Go client → nginx → Go app)', () => {
  test('shows three nodes, client end first', async ({ app }) => {
    await app.open();
    await expect(app.node(0)).toContainText('Go client');
    await expect(app.node(1)).toContainText('nginx');
    await expect(app.node(2)).toContainText('Go app');
  });

  test('judges both hops safe, with the article’s values', async ({ app }) => {
    await app.open();
    expect(await app.verdicts()).toEqual(['ok', 'ok']);
    // Go client 55 s < nginx keepalive_timeout 65 s.
    await expect(app.hop(0)).toContainText('55 s');
    await expect(app.hop(0)).toContainText('65 s');
    await expect(app.hop(0)).toContainText('+10 s');
    // nginx upstream keepalive_timeout 55 s < Go app IdleTimeout 60 s.
    await expect(app.hop(1)).toContainText('55 s');
    await expect(app.hop(1)).toContainText('60 s');
    await expect(app.hop(1)).toContainText('+5 s');
    await expect(app.hop(0).getByText('OK')).toBeVisible();
  });

  test('only the chain view carries the hop hooks, also with every panel loaded', async ({
    app,
    page,
  }) => {
    await app.open();
    // Panels load as they are scrolled into view: scroll down until both are there.
    await expect(async () => {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(page.getByRole('heading', { name: 'Race timeline' })).toBeAttached({
        timeout: 1000,
      });
      await expect(page.getByRole('heading', { name: 'Reset rate' })).toBeAttached({
        timeout: 1000,
      });
    }).toPass();
    await expect(page.locator('[data-hop]')).toHaveCount(2);
    await expect(page.locator('[data-verdict]')).toHaveCount(2);
  });

  test('shows where a value came from on keyboard focus', async ({ app, page }) => {
    await app.open();
    const value = app.hop(0).locator('.has-origin').nth(1);
    await value.focus();
    await expect(page.getByRole('tooltip', { name: 'nginx.conf:3' })).toBeVisible();
  });
});
