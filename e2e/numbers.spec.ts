import { expect, test } from './fixtures';

test.describe('numbers mean what the user means', () => {
  test('a bare 62 in nginx keepalive_timeout is 62 s, as nginx reads it, and says so', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.openSettings(1);
    // nginx reads a number without a unit as seconds: 62 s against the Go client's 55 s is safe.
    const input = await app.setValue('keepalive_timeout', '62');
    await expect(
      page.getByRole('status').filter({ hasText: '62 → 62 s, as nginx reads it' }),
    ).toBeVisible();
    await expect(input).toHaveValue('62s');
    await app.expectVerdicts(['ok', 'ok']);
    await expect(app.hop(0)).toContainText('62 s');
  });

  test('a value keeps the unit people write: 65s is not shown as 1m5s', async ({ app }) => {
    await app.open();
    await app.openSettings(1);
    await expect(app.page.getByLabel('keepalive_timeout', { exact: true })).toHaveValue('65s');
    const input = await app.setValue('keepalive_timeout', '70s');
    await expect(input).toHaveValue('70s');
  });

  test('Go asks for a unit instead of reading 60 as nanoseconds or milliseconds', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.openSettings(2);
    const input = await app.setValue('IdleTimeout', '60');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByRole('alert').filter({ hasText: 'Add a unit, such as 60s' }),
    ).toBeVisible();
    await app.expectVerdicts(['ok', 'ok']);
  });
});
