/**
 * End-to-end checks of the race timeline in the app, in Chromium: the ALB → Node example (a risky
 * hop at defaults) is opened from the Examples menu and its hop scene played, scrubbed and exported.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

/** `5000.75 ms`, `60 000.5 ms`, `5 s` → ms. */
function parseTime(text: string | null): number {
  const m = /(-?[\d\u2009.]+)\s*(ms|s|min)/.exec((text ?? '').replaceAll('\u2009', ''));
  if (!m) throw new Error(`not a time: ${text}`);
  return Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 's' ? 1000 : 60_000);
}

/** Screen x of time `ms` read off the axis: between its two nearest ticks (linear there). */
async function readAxisX(scene: Locator, ms: number): Promise<number> {
  const ticks = await scene.locator('.tl-tick[data-ms]').evaluateAll((gs) =>
    gs.map((g) => ({
      ms: Number(g.getAttribute('data-ms')),
      x: Number(/translate\(([-\d.]+)/.exec(g.getAttribute('transform') ?? '')?.[1]),
    })),
  );
  const below = ticks.filter((t) => t.ms <= ms).at(-1);
  const above = ticks.find((t) => t.ms >= ms);
  if (!below || !above) throw new Error(`no ticks around ${ms} ms`);
  if (above.ms === below.ms) return below.x;
  return below.x + ((ms - below.ms) / (above.ms - below.ms)) * (above.x - below.x);
}

async function openRiskyHop(page: import('@playwright/test').Page) {
  const app = new AppPage(page);
  await app.open();
  await app.loadExample('AWS ALB → Node.js (5 s)');
  await app.expectVerdicts(['risk']);
  // The timeline loads when it is scrolled into view.
  await page.getByText('Loading the race timeline').scrollIntoViewIfNeeded();
  await page.getByRole('heading', { name: 'Race timeline' }).scrollIntoViewIfNeeded();
  const lane = page.locator('.tl-lane[data-tl-verdict="risk"]').last();
  await lane.click();
  await expect(lane).toHaveAttribute('aria-pressed', 'true');
  const hop = await lane.getAttribute('data-tl-hop');
  const scene = page.locator(`section.tl-root[data-tl-hop="${hop}"]`);
  await scene.getByRole('radio', { name: 'Reuse inside the race window' }).check();
  return scene;
}

test('a risky hop plays, and scrubbed to the RST it is drawn where the model says', async ({
  page,
}) => {
  const scene = await openRiskyHop(page);
  const time = scene.locator('.tl-time');
  await expect(time).toHaveText('t = 0 ms');
  await scene.getByRole('button', { name: /^Play/ }).click();
  await expect(time).not.toHaveText('t = 0 ms');
  await scene.getByRole('button', { name: /^Pause/ }).click();

  // The model's times, from the scene's text alternative.
  const rstSent = parseTime(
    await scene.locator('li[data-event="request-arrives"] time').textContent(),
  );
  const rstIn = parseTime(await scene.locator('li[data-event="error"] time').textContent());
  expect(rstIn - rstSent).toBeGreaterThan(0);

  await scene.getByRole('button', { name: 'Zoom to the race' }).click();
  await scene.getByLabel('Time', { exact: true }).fill('1000');
  await expect(time).toHaveText(
    `t = ${await scene.locator('li[data-event="error"] time').textContent()}`,
  );
  const rst = scene.locator('[data-packet="rst"] line');
  await expect(rst).toBeVisible();
  const [x1, y1, x2, y2] = await rst.evaluate((l) =>
    ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a))),
  );
  const yOf = async (lane: string) =>
    Number(await scene.locator(`.tl-lifeline.tl-${lane}`).first().getAttribute('y1'));
  expect(Math.abs(x1! - (await readAxisX(scene, rstSent)))).toBeLessThan(1.5);
  expect(Math.abs(x2! - (await readAxisX(scene, rstIn)))).toBeLessThan(1.5);
  expect([y1, y2]).toEqual([await yOf('server'), await yOf('client')]);
  await expect(scene.locator('.tl-caption')).toContainText('RST');

  // Scrub back to the middle of the RST's flight: its head is half way.
  await scene.locator('li[data-event="request-arrives"] button').click();
  await scene.locator('figure').press('ArrowRight');
  await expect(scene.locator('li[aria-current="step"]')).toHaveAttribute('data-event', 'error');
  await scene.locator('figure').press('ArrowLeft');
  await expect(scene.locator('li[aria-current="step"]')).toHaveAttribute(
    'data-event',
    'request-arrives',
  );
});

test('the exported SVG opens and contains the FIN and the RST; the PNG is an image', async ({
  page,
  context,
}, testInfo) => {
  const scene = await openRiskyHop(page);
  await scene.locator('figure').press('End');
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    scene.getByRole('button', { name: 'Export the scene as SVG' }).click(),
  ]);
  const svgPath = testInfo.outputPath('scene.svg');
  await svgDownload.saveAs(svgPath);
  const svg = readFileSync(svgPath, 'utf8');
  expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg/);
  expect(svg).toContain('>FIN<');
  expect(svg).toContain('>RST<');
  expect(svg).toContain('<style>');
  const viewer = await context.newPage();
  await viewer.goto(`file://${svgPath}`);
  await expect(viewer.locator('parsererror')).toHaveCount(0);
  await expect(viewer.locator('svg text', { hasText: 'RST' }).first()).toBeVisible();

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    scene.getByRole('button', { name: 'Export the scene as PNG' }).click(),
  ]);
  const png = readFileSync((await pngDownload.path()) ?? '');
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const viewWidth = await scene
    .locator('svg.tl-scene')
    .evaluate((e) => (e as SVGSVGElement).viewBox.baseVal.width);
  expect(png.readUInt32BE(16)).toBe(2 * viewWidth);
});

test('with reduced motion, play shows static frames event by event', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const scene = await openRiskyHop(page);
  await scene.getByRole('button', { name: /^Play step by step/ }).click();
  const first = await scene.locator('li[data-event="client-read"] time').textContent();
  await expect(scene.locator('.tl-time')).toHaveText(`t = ${first}`, { timeout: 4000 });
  await expect(scene.locator('.tl-caption')).toContainText('reads it');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the timeline has no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const scene = await openRiskyHop(page);
    await scene.locator('figure').press('End');
    const result = await new AxeBuilder({ page }).include('.tl-root').analyze();
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);
  });
}
