import { chainOf } from '../src/core/analysis/test-chain';
import { encodeShareState } from '../src/core/share';
import { expect, test } from './fixtures';

/** The whole box of `el` lies inside the 1280×800 window, as first shown (no scrolling). */
async function expectOnFirstScreen(box: { x: number; y: number; width: number; height: number }) {
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(box.y + box.height).toBeLessThanOrEqual(800);
}

test.describe('the race on the first screen', () => {
  test("the worst hop's race strip shows the race window's own numbers, without scrolling", async ({
    app,
    page,
  }) => {
    await app.open();
    await app.loadExample('AWS ALB → Node.js (5 s)');
    await app.expectVerdicts(['risk']);
    const worst = page.locator('.worst-hop');
    await expect(worst).toContainText('Hop 1, ALB → Node app');
    const strip = worst.getByRole('img', { name: /^Race window:/ });
    await expectOnFirstScreen((await strip.boundingBox())!);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The same words as the hop details' "Race window" row: Node closes at S = 5 s + its 1 s
    // buffer; ALB notices the FIN, so the window is S − RTT = 5.999 s to S + δ (15 ms).
    await app.hop(0).getByRole('button', { name: 'Hop 1 findings' }).click();
    const row = page.locator('.hop-details dt:text-is("Race window") + dd');
    const words = (await row.innerText()).trim();
    expect(words).toBe('a reuse after 5.999 s to 6.015 s of idle meets a closed connection');
    await expect(strip).toHaveAttribute('aria-label', new RegExp(`^Race window: ${words} `));
    // Every hop card has its own compact strip.
    await expect(app.hop(0).getByRole('img', { name: /^Race window:/ })).toBeVisible();
  });

  test('a safe hop says the client drops first; the full timeline is one click away', async ({
    app,
    page,
  }) => {
    await app.open();
    const strip = app.hop(0).getByRole('img');
    await expect(strip).toHaveAttribute(
      'aria-label',
      'No race window: Go client drops them at 55 s, before nginx closes at 65 s.',
    );
    await page.getByRole('button', { name: 'Show its race timeline' }).click();
    const timeline = page.getByRole('heading', { name: 'Race timeline', exact: true });
    await expect(timeline).toBeInViewport();
  });

  test('in a long chain the worst hop is at the server end, off the chain scroller, yet its race is on screen', async ({
    app,
    page,
  }) => {
    const fragment = await encodeShareState(
      chainOf([
        ['go-transport', { IdleConnTimeout: 30_000 }],
        'nginx',
        'nginx',
        'nginx',
        'node-http-server',
      ]),
    );
    await app.open(fragment);
    // nginx (60 s upstream keepalive_timeout) to Node (5 s + 1 s): only the last hop races.
    await app.expectVerdicts(['ok', 'ok', 'ok', 'risk']);
    const worst = 3;
    const box = await app.hop(worst).boundingBox();
    expect(box!.x + box!.width).toBeGreaterThan(1280); // the card itself is off to the right
    const summary = page.locator('.worst-hop');
    await expect(summary).toHaveAttribute('data-worst-hop', String(worst));
    const strip = summary.getByRole('img');
    await expect(strip).toHaveAttribute(
      'aria-label',
      /^Race window: a reuse after 5\.999 s to 6\.015 s of idle meets a closed connection/,
    );
    await expectOnFirstScreen((await strip.boundingBox())!);
  });
});
