import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { DecodePanel } from './pages/decode-panel';

const NGINX_LINE =
  '2024/05/01 12:00:03 [error] 31#31: *17 upstream prematurely closed connection while reading response header from upstream, client: 10.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://10.0.2.7:8080/", host: "shop.example"';

test.describe('paste error messages', () => {
  test("nginx's upstream premature close highlights the nginx → app hop of the default chain", async ({
    app,
    page,
  }) => {
    await app.open();
    const panel = new DecodePanel(page);
    await panel.paste(NGINX_LINE);
    await panel.submit();
    await expect(panel.result()).toContainText('nginx error log');
    await expect(panel.result()).toContainText('the keep-alive race');
    await expect(panel.result()).toContainText('Hop 2');
    // The article's chain: Go client → nginx → Go app; the nginx → app hop is index 1.
    await expect(app.hop(1).locator('.hop-decoded')).toContainText('1 pasted line points here');
    await expect(app.hop(0).locator('.hop-decoded')).toHaveCount(0);
    await app.hop(1).getByText('1 pasted line points here').click();
    await expect(app.hop(1)).toContainText('upstream prematurely closed connection');

    await page.setViewportSize({ width: 1280, height: 800 });
    await panel.root.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/decode-light.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: '/tmp/decode-dark.png' });
    await app.hop(1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/decode-hop-dark.png' });

    const scan = await new AxeBuilder({ page })
      .include('.decode-panel')
      .include('.chain')
      .analyze();
    expect(scan.violations.map((v) => v.id)).toEqual([]);

    await panel.root.getByRole('button', { name: 'Clear' }).click();
    await expect(page.locator('.hop-decoded')).toHaveCount(0);
  });

  test('is keyboard operable: type, then Tab to the button and press Enter', async ({
    app,
    page,
  }) => {
    await app.open();
    const panel = new DecodePanel(page);
    await panel.root.getByLabel(/Log lines or client errors/).focus();
    await page.keyboard.insertText('Error: socket hang up');
    await page.keyboard.press('Tab');
    await expect(panel.root.getByRole('button', { name: 'Find the hop' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel.result()).toContainText('Node.js client');
    await expect(panel.result()).toContainText('not in this chain');
  });
});
