import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

test.describe('sharing and keeping work', () => {
  test('a shared link opens the same chain and verdicts in a fresh browser', async ({
    app,
    page,
    browser,
  }) => {
    await app.open();
    await app.openSettings(1);
    await app.setValue('keepalive_timeout', '50s');
    await app.expectVerdicts(['risk', 'ok']);
    const link = await app.shareLink();
    expect(new URL(link).search).toBe('');
    expect(link.length).toBeLessThan(2000);

    const fresh = await browser.newContext();
    const other = new AppPage(await fresh.newPage());
    await other.page.goto(link);
    await other.expectVerdicts(['risk', 'ok']);
    await expect(other.hop(0)).toContainText('50 s');
    expect(await other.nodeTitles()).toEqual(await app.nodeTitles());
    await fresh.close();
    await page.close();
  });

  test('the address bar follows the chain; reload restores the autosaved chain', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.openSettings(2);
    await app.setValue('IdleTimeout', '40s');
    await app.expectVerdicts(['ok', 'risk']);
    await expect.poll(() => app.fragment()).toMatch(/^v2\./);
    await page.reload();
    await app.expectVerdicts(['ok', 'risk']);
    // Without the fragment too: the chain comes from local storage.
    await page.goto('./');
    await app.expectVerdicts(['ok', 'risk']);
    await expect(app.hop(1)).toContainText('40 s');
  });

  test('a link never silently replaces saved work; the previous chain is restorable', async ({
    app,
    page,
  }) => {
    // Make a link to the ALB → Node example.
    await app.open();
    await app.loadExample('AWS ALB → Node.js (5 s)');
    const link = await app.shareLink();
    // Own work: the article chain with an edit.
    await app.loadExample('Go client → nginx → Go app (the article)');
    await app.openSettings(2);
    await app.setValue('IdleTimeout', '40s');
    await app.expectVerdicts(['ok', 'risk']);

    await page.goto(link);
    await page.reload();
    const banner = page.getByRole('region', { name: 'Shared link' });
    await expect(banner).toContainText('ALB → Node app');
    await app.expectVerdicts(['ok', 'risk']);
    await banner.getByRole('button', { name: 'Open the shared chain' }).click();
    await app.expectVerdicts(['risk']);
    await page.getByRole('button', { name: 'Restore my previous chain' }).click();
    await app.expectVerdicts(['ok', 'risk']);
    await expect(app.hop(1)).toContainText('40 s');
  });

  test('a hostile or truncated link shows a message and keeps the chain', async ({ app, page }) => {
    await app.open();
    await app.openSettings(2);
    await app.setValue('IdleTimeout', '40s');
    const link = await app.shareLink();
    for (const bad of ['v1.AAAA', 'v1.%%%', 'v99.abc', 'hello', link.split('#')[1]!.slice(0, 30)]) {
      await page.goto(`./#${bad}`);
      await page.reload();
      await expect(
        page
          .getByRole('alert')
          .filter({ hasText: /The link/ })
          .first(),
      ).toBeVisible();
      await app.expectVerdicts(['ok', 'risk']);
    }
  });

  test('a corrupt local save is set aside with a message; the app stays usable', async ({
    app,
    page,
  }) => {
    await app.open();
    await page.evaluate(() =>
      localStorage.setItem(
        'timeout-chain:chain',
        '{"format":"timeout-chain/chain@1","chain":{"n":7}}',
      ),
    );
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
    await app.expectVerdicts(['ok', 'ok']);
    // Kept in the list of unreadable saves (it replaced the single `timeout-chain:corrupt` slot).
    expect(await page.evaluate(() => localStorage.getItem('timeout-chain:rescued'))).toContain(
      '\\"n\\":7',
    );
  });
});
