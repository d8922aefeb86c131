import { expect, test } from './fixtures';

test.describe('layout from 1280 px down to tablet', () => {
  for (const width of [1280, 1024, 768])
    test(`no sideways page scroll at ${width} px (the chain scrolls inside itself)`, async ({
      app,
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await app.open();
      await app.loadExample('Go client → nginx → Go app (the article)');
      await app.openSettings(1);
      const { page: pageOverflow } = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      expect(pageOverflow).toBe(0);
      // At full width the whole article chain is visible without scrolling the chain sideways.
      if (width === 1280) await expect(app.node(2)).toBeInViewport({ ratio: 1 });
    });
});
