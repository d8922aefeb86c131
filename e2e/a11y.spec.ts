import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { AppPage } from './pages/app-page';

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );

/** Screens to scan, each reached from the default chain. */
const SCREENS: Record<string, (app: AppPage, page: Page) => Promise<void>> = {
  'main screen': async () => {},
  'risky chain with findings and fix plan': async (app) => {
    await app.loadExample('AWS ALB → Node.js (5 s)');
    await app.expectVerdicts(['risk']);
  },
  'fixed-chain preview': async (app, page) => {
    await app.loadExample('AWS ALB → Node.js (5 s)');
    await page.getByLabel('Preview the fixed chain').check();
    await app.expectVerdicts(['ok']);
  },
  'settings editor with an error': async (app) => {
    await app.openSettings(1);
    await app.setValue('keepalive_timeout', 'soon');
  },
  'catalog picker': async (_app, page) => {
    await page.getByRole('button', { name: 'Add a node at the server end' }).click();
    await page.getByRole('dialog').waitFor();
  },
  'import dialog with a preview and diagnostics': async (_app, page) => {
    await page.getByRole('button', { name: 'Import configs…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import configs' });
    await expect(dialog.locator('.cm-content')).toBeVisible();
    await dialog
      .getByLabel('Config text')
      .fill('http {\n  keepalive_timeout 65s\n  server { listen 80; }\n');
    await expect(dialog.locator('.diagnostic').first()).toBeVisible();
  },
  'export dialog': async (_app, page) => {
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByLabel('timeout-chain.chain.yaml contents')).toBeVisible();
  },
  'share dialog': async (_app, page) => {
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Link' })).toHaveValue(/#v2\./);
  },
};

test.describe('accessibility (axe)', () => {
  for (const scheme of ['light', 'dark'] as const)
    for (const [name, reach] of Object.entries(SCREENS))
      test(`${name} (${scheme})`, async ({ app, page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await app.open();
        await reach(app, page);
        expect(await violations(page)).toEqual([]);
      });
});
