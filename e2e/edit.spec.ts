import { expect, test } from './fixtures';

test.describe('editing values', () => {
  test('a shorter nginx keepalive_timeout turns the first hop red, undo brings it back', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.openSettings(1);
    const input = await app.setValue('keepalive_timeout', '50s');
    await app.expectVerdicts(['risk', 'ok']);
    await expect(app.hop(0)).toContainText('50 s');
    await expect(app.hop(0)).toContainText('Risk');
    // The value now shows where it came from: the user's edit.
    await expect(input).toHaveValue('50s');
    await expect(page.locator('tr', { has: input })).toContainText('edited');

    await page.getByRole('button', { name: 'Undo' }).click();
    await app.expectVerdicts(['ok', 'ok']);
    await page.getByRole('button', { name: 'Redo' }).click();
    await app.expectVerdicts(['risk', 'ok']);
    // Keyboard: Ctrl+Z outside a text field.
    await page.getByRole('heading', { name: /^Chain/ }).click();
    await page.keyboard.press('Control+z');
    await app.expectVerdicts(['ok', 'ok']);
  });

  test('nonsense is refused with a message and changes nothing', async ({ app, page }) => {
    await app.open();
    await app.openSettings(2);
    const input = await app.setValue('IdleTimeout', '5 parsecs');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert').filter({ hasText: 'unknown unit' })).toBeVisible();
    await app.expectVerdicts(['ok', 'ok']);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
    // 1m30s reads as 90 s.
    await app.setValue('IdleTimeout', '1m30s');
    await expect(app.hop(1)).toContainText('90 s');
  });

  test('a link RTT widens the margin the hop needs', async ({ app, page }) => {
    await app.open();
    const rtt = page.getByLabel('RTT between Go client and nginx');
    await rtt.fill('80ms');
    await rtt.press('Enter');
    // 80 ms RTT + nginx 5 ms + Go 1 ms timer granularity + 1 s allowance.
    await expect(app.hop(0)).toContainText('needs at least 1.086 s');
    await rtt.fill('soon');
    await rtt.press('Enter');
    await expect(rtt).toHaveAttribute('aria-invalid', 'true');
    await expect(app.hop(0)).toContainText('needs at least 1.086 s');
  });
});
