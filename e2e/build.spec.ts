import { expect, test } from './fixtures';

test.describe('building a chain by hand', () => {
  test('add from the searchable catalog, reorder with the keyboard, remove', async ({
    app,
    page,
  }) => {
    await app.open();
    await page.getByRole('button', { name: 'Add a node at the client end' }).click();
    const picker = page.getByRole('dialog', { name: 'Add a node' });
    await picker.getByRole('searchbox').fill('alb');
    await expect(picker.getByRole('heading', { name: 'Load balancer' })).toBeVisible();
    await expect(picker.getByRole('heading', { name: 'Proxy' })).toHaveCount(0);
    await picker.getByRole('button', { name: /AWS Application Load Balancer/ }).click();
    await expect(picker).toBeHidden();
    expect(await app.nodeTitles()).toEqual([
      'AWS Application Load Balancer',
      'Go client',
      'nginx',
      'Go app',
    ]);
    // ALB (60 s) → Go client's Transport has no server side: the analysis says so.
    await expect(app.hops).toHaveCount(3);

    // Move the ALB toward the server end and back (buttons, by mouse and by keyboard).
    await app
      .node(0)
      .getByRole('button', { name: 'Move AWS Application Load Balancer toward the server end' })
      .click();
    expect(await app.nodeTitles()).toEqual([
      'Go client',
      'AWS Application Load Balancer',
      'nginx',
      'Go app',
    ]);
    await page
      .getByRole('button', { name: 'Move AWS Application Load Balancer toward the client end' })
      .press('Enter');
    expect(await app.nodeTitles()).toEqual([
      'AWS Application Load Balancer',
      'Go client',
      'nginx',
      'Go app',
    ]);

    await page.getByRole('button', { name: 'Remove AWS Application Load Balancer' }).click();
    expect(await app.nodeTitles()).toEqual(['Go client', 'nginx', 'Go app']);
    await app.expectVerdicts(['ok', 'ok']);
  });

  test('reorder by dragging a card', async ({ app }) => {
    await app.open();
    await app.node(2).dragTo(app.node(0));
    expect(await app.nodeTitles()).toEqual(['Go app', 'Go client', 'nginx']);
  });

  test('change a node’s technology and version', async ({ app, page }) => {
    await app.open();
    await app.openSettings(2);
    await page.getByRole('button', { name: 'Change technology…' }).click();
    const picker = page.getByRole('dialog', { name: 'Change the technology' });
    await picker.getByRole('searchbox').fill('node');
    await picker.getByRole('button', { name: /Node\.js http server/i }).click();
    // Node's 5 s default under nginx's 55 s upstream pool: a risk.
    await app.expectVerdicts(['ok', 'risk']);
    await page.getByLabel('Version').selectOption('24.6.0');
    await expect(page.getByLabel('Version')).toHaveValue('24.6.0');
  });
});
