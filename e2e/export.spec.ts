import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('export the chain file, the chain JSON and the review report', async ({ app, page }) => {
  await app.open();
  await app.loadExample('AWS ALB → Node.js (5 s)');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByLabel('timeout-chain.chain.yaml contents')).toContainText(
    'tech: aws-alb',
  );

  const [yaml] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download timeout-chain.chain.yaml' }).click(),
  ]);
  expect(yaml.suggestedFilename()).toBe('timeout-chain.chain.yaml');
  expect(readFileSync(await yaml.path(), 'utf8')).toMatch(/^version: 1\nnodes:/);

  await dialog.getByLabel(/Review report \(Markdown\)/).check();
  await expect(dialog.locator('pre')).toContainText('server.keepAliveTimeout = 65_000;');
  const [md] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download timeout-chain-review.md' }).click(),
  ]);
  expect(readFileSync(await md.path(), 'utf8')).toContain('# Keep-alive timeout review');
});

test('export the review report as HTML (download and print) and the Prometheus rules', async ({
  app,
  page,
}) => {
  await app.open();
  await app.loadExample('AWS ALB → Node.js (5 s)');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });

  await dialog.getByLabel(/Review report \(HTML/).check();
  await expect(dialog.locator('pre')).toContainText('<svg ');
  const [html] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download timeout-chain-review.html' }).click(),
  ]);
  const text = readFileSync(await html.path(), 'utf8');
  expect(text).toMatch(/^<!doctype html>/);
  expect(text).toContain('<h2>Checklist</h2>');
  expect(text).toMatch(/href="http:\/\/[^"]+#[^"]+"/);

  await dialog.getByRole('button', { name: 'Print timeout-chain-review.html' }).click();
  await expect(page.locator('iframe[aria-hidden="true"]')).toHaveAttribute(
    'srcdoc',
    /Keep-alive timeout review/,
  );

  const [rules] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download timeout-chain.rules.yml' }).click(),
  ]);
  expect(readFileSync(await rules.path(), 'utf8')).toContain(
    'alert: KeepAliveRaceHop1AwsAlbElb502',
  );
});
