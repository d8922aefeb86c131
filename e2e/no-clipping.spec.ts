import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Descendants of `selector` that stick out of it on the right, or whose text is cut short. */
async function findClipped(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((panels) =>
    panels.flatMap((panel) => {
      const right = panel.getBoundingClientRect().right;
      return [...panel.querySelectorAll<HTMLElement>('*')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          if (box.width === 0 || el.closest('.visually-hidden')) return false;
          const style = getComputedStyle(el);
          const cut =
            style.overflowX !== 'auto' &&
            style.overflowX !== 'scroll' &&
            style.overflowX !== 'visible' &&
            el.scrollWidth > el.clientWidth + 1;
          return box.right > right + 0.5 || cut;
        })
        .map(
          (el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 60)}`,
        );
    }),
  );
}

for (const example of ['AWS ALB → gunicorn (gthread, 2 s)', 'AWS ALB → Spring Boot (60 s tie)']) {
  test(`hop details and the fixed-chain preview keep every value whole at 1280 px: ${example}`, async ({
    app,
    page,
  }) => {
    await app.open();
    await app.loadExample(example);
    await app.expectVerdicts(['risk']);
    await app.hop(0).getByRole('button', { name: 'Hop 1 findings' }).click();
    await expect(page.locator('.hop-details')).toContainText('idle_timeout.timeout_seconds');
    expect(await findClipped(page, '.hop-details, .fix-plan, .chain-section')).toEqual([]);
    await page.getByLabel('Preview the fixed chain').check();
    await expect(page.locator('.preview-tag')).toBeVisible();
    await app.hop(0).getByRole('button', { name: 'Hop 1 findings' }).click();
    await expect(page.locator('.hop-details')).toContainText('idle_timeout.timeout_seconds');
    expect(await findClipped(page, '.hop-details, .fix-plan, .chain-section')).toEqual([]);
    // Nothing makes the page wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1280,
    );
  });
}

test('the header stays on one line at 1280 px', async ({ app, page }) => {
  await app.open();
  const tops = await page
    .locator('.app-header h1, .app-header button, .app-header select')
    .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top / 10)));
  expect(new Set(tops.map((t) => Math.abs(t - (tops[0] ?? 0)) <= 1)).size).toBe(1);
  expect(
    await page.locator('.app-header').evaluate((el) => el.getBoundingClientRect().height),
  ).toBeLessThan(70);
});
