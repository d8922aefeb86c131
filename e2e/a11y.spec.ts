import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures';

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the main screen has no axe violations (${scheme})`, async ({ app, page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await app.open();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
});
