import { expect, test } from './fixtures';

test.describe('the fix plan', () => {
  test('ALB → Node: preview the fixed chain, then apply it', async ({ app, page }) => {
    await app.open();
    await app.loadExample('AWS ALB → Node.js (5 s)');
    await app.expectVerdicts(['risk']);
    const plan = page.getByRole('region', { name: 'Fix plan' });
    await expect(plan.locator('[data-fix-setting="server.keepAliveTimeout"]')).toContainText(
      '5 s → 65 s',
    );
    await expect(plan.locator('pre').first()).toHaveText('server.keepAliveTimeout = 65_000;');
    await expect(plan.locator('[data-fix-setting="server.headersTimeout"]')).toBeVisible();

    await plan.getByLabel('Preview the fixed chain').check();
    await app.expectVerdicts(['ok']);
    await expect(page.getByRole('heading', { name: /preview after the fix plan/ })).toBeVisible();
    await plan.getByLabel('Preview the fixed chain').uncheck();
    await app.expectVerdicts(['risk']);

    // Apply straight from the preview: the chain becomes editable again.
    await plan.getByLabel('Preview the fixed chain').check();
    await plan.getByRole('button', { name: 'Apply the fix plan to the chain' }).click();
    await app.expectVerdicts(['ok']);
    await expect(page.getByRole('heading', { name: /preview after the fix plan/ })).toHaveCount(0);
    await expect(app.node(1).getByRole('button', { name: 'Remove Node app' })).toBeVisible();
    await expect(plan).toContainText('Nothing to change');
    await page.getByRole('button', { name: 'Undo' }).click();
    await app.expectVerdicts(['risk']);
  });

  test('a locked value is left alone: the plan changes the other side', async ({ app, page }) => {
    await app.open();
    await app.loadExample('AWS ALB → Node.js (5 s)');
    await app.openSettings(1);
    await page.getByRole('checkbox', { name: 'Lock server.keepAliveTimeout', exact: true }).check();
    const plan = page.getByRole('region', { name: 'Fix plan' });
    await expect(plan.locator('[data-fix-setting="idle_timeout.timeout_seconds"]')).toBeVisible();
    await expect(plan.locator('[data-fix-setting="server.keepAliveTimeout"]')).toHaveCount(0);
  });

  test('every incident example turns all hops ok once fixed', async ({ app, page }) => {
    await app.open();
    for (const title of [
      'AWS ALB → gunicorn (gthread, 2 s)',
      'AWS ALB → Spring Boot (60 s tie)',
      'ingress-nginx → uvicorn (5 s)',
      'GCP HTTPS LB → nginx (600 s)',
      'Istio sidecar → Node.js (1 h vs 5 s)',
    ]) {
      await app.loadExample(title);
      await app.expectVerdicts(['risk']);
      await page.getByRole('button', { name: 'Apply the fix plan to the chain' }).click();
      await app.expectVerdicts(['ok']);
    }
  });
});
