import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { ImportDialog } from './pages/import-dialog';

const NGINX = readFileSync(new URL('./fixtures-files/app-nginx.conf', import.meta.url), 'utf8');
const MARKER = 'HANG THE PARSER';

test.describe('a parse that never ends', () => {
  // The stand-in worker is served through page.route; a page the offline service worker controls
  // would get the cached worker instead (Playwright does not route what a service worker answers).
  test.use({ serviceWorkers: 'block' });
  test('is stopped after 5 s: the dialog says so, focus stays in the editor, the next paste is read', async ({
    app,
    page,
  }) => {
    // The parse worker as built, behind a listener that spins forever on the marker: a stand-in
    // for any input that makes a parser hang, which no longer depends on a parser bug existing.
    await page.route(/parse-worker[^/]*\.js(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      const hang = `self.addEventListener('message', (e) => { if (e.data.files.some((f) => f.text.includes(${JSON.stringify(MARKER)}))) for (;;) {} });\n`;
      await route.fulfill({ response, body: hang + (await response.text()) });
    });
    await app.open();
    const dialog = new ImportDialog(page);
    await dialog.open();
    await dialog.paste(`# ${MARKER}\nhttp { keepalive_timeout 65s; }\n`);
    await expect(dialog.status).toHaveText('Reading…');
    await expect(dialog.status).toContainText('took longer than 5 s, so it was stopped', {
      timeout: 10_000,
    });
    await expect(dialog.editor).toBeFocused();

    await dialog.paste(NGINX);
    await expect(dialog.status).toHaveText('One node found.');
    await expect(dialog.file('pasted text')).toContainText('detected nginx');
  });
});
