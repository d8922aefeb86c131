import { chainOf } from '../src/core/analysis/test-chain';
import { encodeShareState } from '../src/core/share';
import { expect, test } from './fixtures';

test('another link pasted into the same tab replaces the banner, and opens its own chain', async ({
  app,
  page,
}) => {
  await app.open();
  await app.openSettings(1);
  await app.setValue('keepalive_timeout', '50s'); // the chain is now the user's work
  const first = await encodeShareState(chainOf(['aws-alb', 'node-http-server']));
  const second = await encodeShareState(chainOf(['go-transport', 'gunicorn']));
  await page.goto(`./#${first}`);
  const banners = page.getByRole('region', { name: 'Shared link' });
  await expect(banners).toHaveCount(1);
  await expect(banners).toContainText('aws-alb');
  await page.goto(`./#${second}`);
  await expect(banners).toHaveCount(1);
  await expect(banners).toContainText('go-transport → gunicorn');
  await banners.getByRole('button', { name: 'Open the shared chain' }).click();
  await expect.poll(() => app.nodes.count()).toBe(2);
  expect(await app.nodeTitles()).toEqual([
    expect.stringMatching(/Go/),
    expect.stringMatching(/gunicorn/i),
  ]);
  // One notice, not one per step.
  await expect(page.locator('.notices .notice')).toHaveCount(1);
});
