/**
 * End-to-end checks of the reset-rate panel in the app, in Chromium: the ALB → Node example at
 * 0.2 requests per second, numbers checked against the core's closed form.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { type Locator, type Page } from '@playwright/test';
import { analyzeChain } from '../src/core/analysis/engine';
import { chainOf } from '../src/core/analysis/test-chain';
import { estimateHopLoss, readHopRaceInput } from '../src/core/race';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

/** The closed form for ALB → Node at defaults, computed here from the core, not read off the page. */
function expectedAlbNode(rps: number, pool: { poolSize?: number; reuseOrder?: 'fifo' } = {}) {
  const report = analyzeChain(chainOf(['aws-alb', 'node-http-server']));
  const hop = report.hops[0]!;
  const input = readHopRaceInput(hop, report.nodes, {
    rps,
    nonIdempotentShare: 0,
    reactionDelayMs: 10,
    ...pool,
  });
  if (input.kind !== 'race') throw new Error('ALB → Node should race');
  return estimateHopLoss(input.params);
}

/** `0.0962 %` → 0.000962, `1.2 × 10⁻⁹` → 1.2e-9, `1 176` → 1176, `< 0.01` → 0. */
function readNumber(text: string | null): number {
  const t = (text ?? '').replace(/[\u202f\u2009 ]/g, '');
  if (t.startsWith('<')) return 0;
  const sup = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  const pow = /^(?:([\d.]+)×)?10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(t);
  if (pow) {
    const k = Number(
      pow[2]!.replace(/[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => (c === '⁻' ? '-' : String(sup.indexOf(c)))),
    );
    return Number(pow[1] ?? 1) * 10 ** k;
  }
  const n = Number(t.replace('%', ''));
  if (!Number.isFinite(n)) throw new Error(`not a number: ${text}`);
  return t.endsWith('%') ? n / 100 : n;
}

/** Shown to 3 significant digits (whole numbers from 100): within half a unit of the last digit. */
function expectRounded(shown: number, exact: number) {
  const unit = exact >= 100 ? 1 : 10 ** (Math.floor(Math.log10(exact)) - 2);
  expect(Math.abs(shown - exact)).toBeLessThanOrEqual(unit / 2 + 1e-12);
}

const cell = (row: Locator, col: string) => row.locator(`[data-col="${col}"]`);

async function open(page: Page) {
  const app = new AppPage(page);
  await app.open();
  await app.loadExample('AWS ALB → Node.js (5 s)');
  await app.expectVerdicts(['risk']);
  // The panel loads when it is scrolled into view.
  await page.getByText('Loading the reset-rate estimate').scrollIntoViewIfNeeded();
  const panel = page.locator('section.rr-root');
  await expect(panel.getByRole('heading', { name: 'Reset rate' })).toBeVisible();
  await panel.getByLabel('Requests per second').fill('0.2');
  await panel.getByLabel('Non-idempotent requests (%)').fill('0');
  return panel;
}

test('per-hop losses match the closed form, now and after the fix', async ({ page }) => {
  const panel = await open(page);
  const row = panel.locator('tr[data-rr-hop="0"]');
  const e = expectedAlbNode(0.2);
  expectRounded(readNumber(await cell(row, 'now-p').textContent()), e.lossProbability);
  expectRounded(
    readNumber(await cell(row, 'now-per-million').textContent()),
    e.lossProbability * 1e6,
  );
  expectRounded(readNumber(await cell(row, 'now-per-day').textContent()), e.lossesPerDay);
  // ALB answers 502 and does not retry: callers see every loss.
  expectRounded(
    readNumber(await cell(row, 'now-visible-per-day').textContent()),
    e.userVisiblePerDay,
  );
  for (const col of ['after-per-million', 'after-per-day', 'after-visible-per-day'])
    await expect(cell(row, col)).toHaveText('0');
  await expect(row.getByRole('rowheader')).toContainText('at risk');

  // The chart marks the same traffic and probability, and the fix as "no race".
  const chart = panel.getByRole('img', { name: 'Loss probability against request rate' });
  await expect(chart.locator('.rr-marker-label')).toContainText('your traffic: 0.2 req/s');
  await expect(chart.locator('[data-curve="fixed"]')).toHaveAttribute('data-kind', 'zero');
  await expect(chart.locator('[data-curve="fixed"] text')).toHaveText('after the fix: no race');
  const hidden = panel.locator('table.rr-visually-hidden tr', { hasText: '(your traffic)' });
  expectRounded(readNumber(await hidden.locator('td').first().textContent()), e.lossProbability);
});

test('a chain with nothing to fix shows no "after the fix" figures', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.expectVerdicts(['ok', 'ok']);
  await page.getByText('Loading the reset-rate estimate').scrollIntoViewIfNeeded();
  const panel = page.locator('section.rr-root');
  await expect(panel.getByRole('heading', { name: 'Reset rate' })).toBeVisible();
  await expect(panel.locator('tr[data-rr-hop="0"]')).toBeVisible();
  await expect(panel.locator('[data-col="after-per-day"]')).toHaveCount(0);
  const chart = panel.getByRole('img', { name: 'Loss probability against request rate' });
  await expect(chart.locator('[data-curve="now"]')).toHaveAttribute('data-kind', 'zero');
  await expect(chart.locator('[data-curve="fixed"]')).toHaveCount(0);
});

test('traffic fields explain nonsense and recompute on valid input', async ({ page }) => {
  const panel = await open(page);
  const rps = panel.getByRole('textbox', { name: 'Requests per second' });
  const perDay = cell(panel.locator('tr[data-rr-hop="0"]'), 'now-per-day');
  const before = await perDay.textContent();
  await rps.fill('-1');
  await expect(rps).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByText('Requests per second must be more than 0.')).toBeVisible();
  await expect(perDay).toHaveText(before ?? '');
  await rps.fill('lots');
  await expect(panel.getByText('Enter a number of requests per second, e.g. 0.2.')).toBeVisible();
  await rps.fill('2');
  await expect(rps).toHaveAttribute('aria-invalid', 'false');
  expectRounded(readNumber(await perDay.textContent()), expectedAlbNode(2).lossesPerDay);
  await expect(panel.locator('.rr-marker-label')).toContainText('your traffic: 2 req/s');
  const share = panel.getByRole('textbox', { name: 'Non-idempotent requests (%)' });
  await share.fill('150');
  await expect(panel.getByText('The share must be from 0 to 100 %.')).toBeVisible();
});

test('a pool of 50 reused round-robin: each connection sees λ/N, and the table keeps percents', async ({
  page,
}) => {
  const panel = await open(page);
  const row = panel.locator('tr[data-rr-hop="0"]');
  await panel.getByRole('textbox', { name: 'Requests per second' }).fill('10');
  // One connection at 10 req/s almost never idles 5 s: a tiny p, written as a percent.
  await expect(cell(row, 'now-p')).toHaveText('< 0.001 %');
  await panel.getByRole('textbox', { name: 'Pooled connections' }).fill('50');
  await panel
    .getByRole('combobox', { name: 'Reuse order' })
    .selectOption({ label: 'Round-robin (FIFO)' });
  const e = expectedAlbNode(10, { poolSize: 50, reuseOrder: 'fifo' });
  // Each connection idles ~Erlang(50, 10/s), mean 5 s, right where Node (S = 5 s + 1 s) closes.
  expect(e.lossProbability).toBeGreaterThan(1e-3);
  await expect(cell(row, 'now-p')).toHaveText(/%$/);
  expectRounded(readNumber(await cell(row, 'now-p').textContent()), e.lossProbability);
  await panel.getByRole('textbox', { name: 'Pooled connections' }).fill('0');
  await expect(panel.getByText('The pool holds from 1 to 100 000 connections.')).toBeVisible();
  expectRounded(readNumber(await cell(row, 'now-p').textContent()), e.lossProbability);
});

test('a simulation runs in the worker and shows p with its 95 % CI', async ({ page }) => {
  const panel = await open(page);
  await panel.getByRole('button', { name: 'Simulate' }).click();
  await expect(panel.getByText(/^Done: 1 M requests per hop, seed 1\.$/)).toBeVisible({
    timeout: 20_000,
  });
  const sim = cell(panel.locator('tr[data-rr-hop="0"]'), 'sim');
  await expect(sim).toContainText('95 % CI');
  const p = readNumber(await sim.locator('.rr-sim-p').textContent());
  const ci = /95 % CI (.+) – (.+)\)/.exec((await sim.locator('.rr-ci').textContent()) ?? '');
  const [lo, hi] = [readNumber(ci?.[1] ?? ''), readNumber(ci?.[2] ?? '')];
  expect(lo).toBeLessThan(p);
  expect(hi).toBeGreaterThan(p);
  // The closed form lies inside the simulated interval (seeded: the same run every time).
  const e = expectedAlbNode(0.2);
  expect(e.lossShare).toBeGreaterThanOrEqual(lo * 0.995);
  expect(e.lossShare).toBeLessThanOrEqual(hi * 1.005);
  await expect(sim).toContainText('closed form inside the CI');
});

test('a long simulation shows progress, leaves the page responsive, and can be cancelled', async ({
  page,
}) => {
  const panel = await open(page);
  await panel.getByRole('combobox', { name: 'Requests per hop' }).selectOption({ label: '100 M' });
  await panel.getByRole('button', { name: 'Simulate' }).click();
  const progress = panel.getByRole('progressbar', { name: 'Simulation progress' });
  await expect(progress).toBeVisible();
  await expect
    .poll(async () => Number(await progress.getAttribute('value')), { timeout: 10_000 })
    .toBeGreaterThan(0);
  await expect(panel.locator('.rr-progress-text')).toContainText('of 100 M requests');
  // The main thread is free while the worker runs: a task gets through at once.
  const lag = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t = performance.now();
        setTimeout(() => resolve(performance.now() - t), 0);
      }),
  );
  expect(lag).toBeLessThan(100);
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByText('Cancelled: partial results are marked.')).toBeVisible();
  await expect(progress).toBeHidden();
  const sim = cell(panel.locator('tr[data-rr-hop="0"]'), 'sim');
  await expect(sim).toContainText('partial:');
  await expect(sim).toContainText('95 % CI');
  await expect(panel.getByRole('button', { name: 'Simulate' })).toBeEnabled();
});

for (const theme of ['light', 'dark'] as const)
  test(`no accessibility violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await open(page);
    const { violations } = await new AxeBuilder({ page }).include('section.rr-root').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
      [],
    );
  });
