import { chainOf } from '../src/core/analysis/test-chain';
import { encodeShareState } from '../src/core/share';
import { expect, test } from './fixtures';
import type { AppPage } from './pages/app-page';

/** Opens the app and edits the chain, so that it is the user's own work. */
async function openWithOwnWork(app: AppPage): Promise<void> {
  await app.open();
  await app.openSettings(1);
  await app.setValue('keepalive_timeout', '50s');
}

/** Two links to two different chains. */
const twoLinks = async (): Promise<[string, string]> => [
  await encodeShareState(chainOf(['aws-alb', 'node-http-server'])),
  await encodeShareState(chainOf(['go-transport', 'gunicorn'])),
];

test('another link pasted into the same tab replaces the banner, and opens its own chain', async ({
  app,
  page,
}) => {
  await openWithOwnWork(app);
  const [first, second] = await twoLinks();
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

test('link A, then link B set in the address bar without a reload: one banner, for B, and it opens B', async ({
  app,
  page,
}) => {
  await openWithOwnWork(app);
  const [linkA, linkB] = await twoLinks();
  const banners = page.getByRole('region', { name: 'Shared link' });
  await page.evaluate((h) => (window.location.hash = h), linkA);
  await expect(banners).toHaveCount(1);
  await expect(banners).toContainText('aws-alb → node-http-server');
  await page.evaluate((h) => (window.location.hash = h), linkB);
  await expect(banners).toHaveCount(1);
  await expect(banners).toContainText('go-transport → gunicorn');
  await expect(page.getByRole('region', { name: /Shared link|Previous chain/ })).toHaveCount(1);
  await banners.getByRole('button', { name: 'Open the shared chain' }).click();
  await expect
    .poll(() => app.nodeTitles())
    .toEqual([expect.stringMatching(/Go/), expect.stringMatching(/gunicorn/i)]);
  expect(await app.fragment()).not.toBe(linkA);
  // Opening B then A (the other way round) opens A.
  await page.evaluate((h) => (window.location.hash = h), linkA);
  await expect(banners).toContainText('aws-alb → node-http-server');
  await banners.getByRole('button', { name: 'Open the shared chain' }).click();
  await expect
    .poll(() => app.nodeTitles())
    .toEqual([expect.stringMatching(/Application Load Balancer/), expect.stringMatching(/Node/)]);
});

test('link A opened on arrival, then link B typed in the same tab: B is offered and opens', async ({
  app,
  page,
}) => {
  const [linkA, linkB] = await twoLinks();
  await app.open(linkA);
  await expect
    .poll(() => app.nodeTitles())
    .toEqual([expect.stringMatching(/Application Load Balancer/), expect.stringMatching(/Node/)]);
  await page.evaluate((h) => (window.location.hash = h), linkB);
  const regions = page.getByRole('region', { name: /Shared link|Previous chain/ });
  await expect(regions).toHaveCount(1);
  await expect(regions).toContainText('go-transport → gunicorn');
  await regions.getByRole('button', { name: 'Open the shared chain' }).click();
  await expect
    .poll(() => app.nodeTitles())
    .toEqual([expect.stringMatching(/Go/), expect.stringMatching(/gunicorn/i)]);
});

test('link B typed right after link A, before A was read: the banner and Open follow B, the current link', async ({
  app,
  page,
}) => {
  await openWithOwnWork(app);
  // A is the larger link (it takes longer to read); B replaces it in the address bar at once.
  const linkA = await encodeShareState(
    chainOf(['go-transport', ...Array.from({ length: 40 }, () => 'nginx'), 'gunicorn']),
  );
  const [, linkB] = await twoLinks();
  await page.evaluate(
    async ([a, b]) => {
      window.location.hash = a;
      // The next task: A's hashchange has fired and its link is being read.
      await new Promise((r) => setTimeout(r, 0));
      window.location.hash = b;
    },
    [linkA, linkB] as const,
  );
  const banners = page.getByRole('region', { name: 'Shared link' });
  await expect(banners).toContainText('go-transport → gunicorn');
  // Still B a moment later: the older link, read last, does not take over.
  await page.waitForTimeout(300);
  await expect(banners).toHaveCount(1);
  await expect(banners).toContainText('go-transport → gunicorn');
  await banners.getByRole('button', { name: 'Open the shared chain' }).click();
  await expect.poll(() => app.nodes.count()).toBe(2);
});
