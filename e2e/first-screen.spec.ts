import { expect, test } from './fixtures';

test.describe('the first screen', () => {
  test('says what the tool does and offers the ways in; the example is labelled', async ({
    app,
    page,
  }) => {
    await app.open();
    await expect(
      page.getByText(/Finds where a client keeps idle connections longer/),
    ).toBeVisible();
    await expect(page.getByText('Showing an example:')).toContainText(
      'Go client → nginx → Go app (the article)',
    );
    await page.getByRole('button', { name: 'Paste your configs…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'New empty chain' }).click();
    await expect(page.getByText('The chain is empty.')).toBeVisible();
    await expect(page.getByText('Showing an example:')).toBeHidden();
    await page.getByRole('button', { name: 'Undo' }).click();
    await app.expectVerdicts(['ok', 'ok']);
    await page.getByLabel('or open an example').selectOption({ label: 'AWS ALB → Node.js (5 s)' });
    await app.expectVerdicts(['risk']);
  });

  test('an example chosen over your own work says it replaces it, and Undo restores it', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.openSettings(1);
    await app.setValue('keepalive_timeout', '50s');
    await app.expectVerdicts(['risk', 'ok']);
    await app.loadExample('AWS ALB → Node.js (5 s)');
    await expect(page.locator('.notices')).toContainText('replaced your chain — Undo restores it');
    await page.getByRole('button', { name: 'Undo' }).click();
    await app.expectVerdicts(['risk', 'ok']);
    await expect(page.getByLabel('keepalive_timeout', { exact: true })).toHaveValue('50s');
  });
});
