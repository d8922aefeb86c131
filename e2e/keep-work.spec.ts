import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { decodeShareDocument, encodeShareState } from '../src/core/share';
import { expect, test } from './fixtures';

test.describe('nothing the user made is lost', () => {
  test('a 121-character label is shortened at once, with a notice, and survives a reload', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.openSettings(0);
    const label = page.locator('.node-editor').getByLabel('Label');
    await label.fill('L'.repeat(121));
    await label.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'Labels hold at most 120' }),
    ).toBeVisible();
    const shortened = `${'L'.repeat(119)}…`;
    await expect(app.node(0)).toContainText(shortened);
    await page.reload();
    await app.chain.waitFor();
    await expect(app.node(0)).toContainText(shortened);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('unreadable saves are reported, kept and downloadable; the earlier save is offered', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.openSettings(1);
    await app.setValue('keepalive_timeout', '50s');
    await app.expectVerdicts(['risk', 'ok']);
    await page.evaluate(() => {
      const saved = localStorage.getItem('timeout-chain:chain') ?? '';
      localStorage.setItem('timeout-chain:previous', saved);
      localStorage.setItem(
        'timeout-chain:chain',
        '{"format":"timeout-chain/chain@1","chain":{"r":[]}}',
      );
    });
    await page.goto('./');
    await expect(
      page.getByRole('alert').filter({ hasText: 'the save has no nodes list' }),
    ).toBeVisible();
    const rescue = page.getByRole('region', { name: 'Unreadable saves' });
    await expect(rescue).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).include('main').analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    const button = rescue.getByRole('button', { name: 'Download the unreadable saves' });
    await button.focus();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    const file = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as {
      unreadableSaves: { key: string; text: string; setAsideAt: string }[];
    };
    expect(file.unreadableSaves.map((r) => r.key)).toEqual(['timeout-chain:chain']);
    expect(file.unreadableSaves[0]?.setAsideAt).toMatch(/^\d{4}-/);
    await page.getByRole('button', { name: 'Restore the earlier save' }).click();
    await app.expectVerdicts(['risk', 'ok']);
  });

  test('a link with the same chain but other config text asks first', async ({ app, page }) => {
    await app.open();
    await app.openSettings(1);
    await app.setValue('keepalive_timeout', '50s');
    await expect.poll(() => app.fragment()).toMatch(/^v2\./);
    const mine = await decodeShareDocument(await app.fragment());
    if (!mine.ok) throw new Error(mine.error);
    const theirs = await encodeShareState(mine.value.chain, {
      sources: [{ name: 'theirs.conf', text: 'keepalive_timeout 50s;\n' }],
    });
    // Pasted into the address bar of the open tab: the user's config text is the example's.
    await page.goto(`./#${theirs}`);
    const banner = page.getByRole('region', { name: 'Shared link' });
    await expect(banner).toContainText('theirs.conf');
    await banner.getByRole('button', { name: 'Keep my config text' }).click();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(page.getByRole('dialog')).toContainText('nginx.conf');
    await expect(page.getByRole('dialog')).not.toContainText('theirs.conf');
  });
});
