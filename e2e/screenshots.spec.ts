import { test } from './fixtures';

// Screenshots for the README: `SCREENSHOTS=1 npm run test:e2e -- screenshots` writes
// docs/screenshots/. Skipped in ordinary runs so tests never rewrite tracked files.
test.skip(!process.env['SCREENSHOTS'], 'set SCREENSHOTS=1 to refresh docs/screenshots');

test('main screen, light and dark', async ({ app, page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await app.open();
    await page.screenshot({
      path: `docs/screenshots/main${scheme === 'dark' ? '-dark' : ''}.png`,
      fullPage: true,
    });
  }
});
