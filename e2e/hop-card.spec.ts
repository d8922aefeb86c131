import { chainOf } from '../src/core/analysis/test-chain';
import { encodeShareState } from '../src/core/share';
import { expect, test } from './fixtures';

test.describe('the hop card', () => {
  test('a click anywhere on the card selects the hop, not only on its badge', async ({
    app,
    page,
  }) => {
    await app.open();
    await app
      .hop(1)
      .locator('dl')
      .click({ position: { x: 4, y: 4 } });
    await expect(app.hop(1).getByRole('button', { name: 'Hop 2 findings' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('heading', { name: /^Hop 2: nginx → Go app/ })).toBeVisible();
  });

  test("Node's 1 s buffer is explained where S shows", async ({ app }) => {
    await app.open();
    await app.loadExample('AWS ALB → Node.js (5 s)');
    await app.expectVerdicts(['risk']);
    await expect(app.hop(0)).toContainText('6 s');
    await expect(app.hop(0)).toContainText("keepAliveTimeout 5 s + Node's 1 s buffer");
  });

  test('a hop with no reuse shows no margin', async ({ app, page }) => {
    // gunicorn's sync worker closes after every response: nothing is reused, nothing can race.
    const fragment = await encodeShareState(
      chainOf(['aws-alb', ['gunicorn', { worker_class: 'sync' }]]),
    );
    await app.open(fragment);
    await app.expectVerdicts(['ok']);
    await expect(app.hop(0)).toContainText('none: connections are not reused');
    await expect(app.hop(0)).not.toContainText('needs at least');
    await expect(app.hop(0)).not.toContainText('−');
    await app.hop(0).getByRole('button', { name: 'Hop 1 findings' }).click();
    await expect(
      page.getByText('none: connections are not reused, so this hop cannot race'),
    ).toBeVisible();
  });
});
