import { expect, test } from './fixtures';

test.describe('keyboard only', () => {
  test('add a node, edit a value and undo without a mouse', async ({ app, page }) => {
    await app.open();
    // Skip link first, then the toolbar.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the chain' })).toBeFocused();
    await page.keyboard.press('Enter');

    const add = page.getByRole('button', { name: 'Add a node at the server end' });
    await add.focus();
    await expect(add).toBeFocused();
    // A visible focus indicator: an outline is drawn.
    expect(await add.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    const picker = page.getByRole('dialog', { name: 'Add a node' });
    await expect(picker.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('gunicorn');
    await page.keyboard.press('Tab');
    await expect(picker.getByRole('button', { name: /gunicorn/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(picker).toBeHidden();
    await expect(app.nodes).toHaveCount(4);

    // The new node's settings open; change its keepalive by keyboard.
    const input = page.getByLabel('keepalive', { exact: true });
    await input.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('75s');
    await page.keyboard.press('Enter');
    // Shown as people write it (issue 13): 75s, not 1m15s.
    await expect(input).toHaveValue('75s');

    // The move buttons work from the keyboard; focus stays on the moved card's button.
    const moveLeft = app.node(3).getByRole('button', { name: /toward the client end/ });
    await moveLeft.focus();
    await page.keyboard.press('Enter');
    expect((await app.nodeTitles())[2]).toMatch(/gunicorn/i);
    await expect(app.node(2).getByRole('button', { name: /toward the client end/ })).toBeFocused();

    await page.getByRole('heading', { name: /^Chain/ }).click();
    await page.keyboard.press('Control+z');
    expect((await app.nodeTitles())[3]).toMatch(/gunicorn/i);
    await page.keyboard.press('Control+Shift+z');
    expect((await app.nodeTitles())[2]).toMatch(/gunicorn/i);
  });

  test('catalog search: ArrowDown moves into the results, Enter picks; focus lands on the new node', async ({
    app,
    page,
  }) => {
    await app.open();
    await page.getByRole('button', { name: 'Add a node at the server end' }).click();
    const picker = page.getByRole('dialog', { name: 'Add a node' });
    await page.keyboard.type('node');
    await page.keyboard.press('ArrowDown');
    const first = picker.locator('li button').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(picker.locator('li button').nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(picker.getByRole('searchbox')).toBeFocused();
    // Enter in the search picks the only (or first) hit.
    await page.keyboard.press('Control+a');
    await page.keyboard.type('gunicorn');
    await page.keyboard.press('Enter');
    await expect(picker).toBeHidden();
    await expect(app.nodes).toHaveCount(4);
    expect((await app.nodeTitles())[3]).toMatch(/gunicorn/i);
    await expect(app.node(3).getByRole('button', { name: /^Settings/ })).toBeFocused();
  });

  test('after Remove, focus goes to the neighbour; after Apply, to the plan’s result', async ({
    app,
    page,
  }) => {
    await app.open();
    await app
      .node(1)
      .getByRole('button', { name: /^Remove/ })
      .click();
    await expect(app.nodes).toHaveCount(2);
    // The node that slid into its place.
    await expect(app.node(1).getByRole('button', { name: /^Settings/ })).toBeFocused();
    await app
      .node(1)
      .getByRole('button', { name: /^Remove/ })
      .click();
    await expect(app.node(0).getByRole('button', { name: /^Settings/ })).toBeFocused();

    await app.loadExample('AWS ALB → Node.js (5 s)');
    await page.getByRole('button', { name: 'Apply the fix plan to the chain' }).click();
    await app.expectVerdicts(['ok']);
    await expect(page.getByText('Nothing to change: every hop is safe as it is.')).toBeFocused();
  });

  test('the theme follows the system, and a choice sticks across reloads', async ({
    app,
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.open();
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const darkBg = await bg();
    await page.getByLabel('Theme').selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await bg()).not.toBe(darkBg);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByLabel('Theme').selectOption('system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await bg()).toBe(darkBg);
  });
});
