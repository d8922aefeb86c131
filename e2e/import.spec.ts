import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import type { AppPage } from './pages/app-page';
import { ImportDialog } from './pages/import-dialog';
import { seedFiles, THREE_BY_ROLE, THREE_SNIPPETS } from './seed-files';

const NGINX = readFileSync(new URL('./fixtures-files/app-nginx.conf', import.meta.url), 'utf8');

/** Opens the app on its default chain and the import dialog. */
async function openImportDialog(app: AppPage, page: Page): Promise<ImportDialog> {
  await app.open();
  const dialog = new ImportDialog(page);
  await dialog.open();
  return dialog;
}

test.describe('importing configs', () => {
  test('paste an nginx config: format and node shown first, then appended; undo takes it back', async ({
    app,
    page,
  }) => {
    const dialog = await openImportDialog(app, page);
    await dialog.paste(NGINX);
    await expect(dialog.status).toHaveText('One node found.');
    await expect(dialog.file('pasted text')).toContainText('detected nginx');
    await expect(dialog.file('pasted text')).toHaveAttribute('data-format', 'nginx');
    // Nothing changed yet.
    expect(await app.nodeTitles()).toEqual(['Go client', 'nginx', 'Go app']);

    // (By default the found nodes take the example's place: import-preview.spec.ts.)
    await dialog.putThem('at the server end of the chain');
    await dialog.apply();
    await expect(dialog.root).toBeHidden();
    await expect(app.nodes).toHaveCount(4);
    // The Go app has no client side, so the new hop Go app → nginx cannot be judged.
    await app.expectVerdicts(['ok', 'ok', 'unknown']);
    await expect(app.hop(2)).toContainText('Go app reuses forunknown');
    await expect(
      page.getByRole('status').filter({ hasText: 'Imported one node from pasted text' }),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(app.nodes).toHaveCount(3);
    await app.expectVerdicts(['ok', 'ok']);
  });

  test('a dropped file fills the nginx node and its values cite file:line', async ({
    app,
    page,
  }) => {
    const dialog = await openImportDialog(app, page);
    // Drop the file on the drop zone.
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'app-nginx.conf', { type: 'text/plain' }));
      return dt;
    }, NGINX);
    await dialog.root.locator('.drop-zone').dispatchEvent('drop', { dataTransfer });
    await expect(dialog.file('app-nginx.conf')).toContainText('detected nginx');
    await dialog.root.getByLabel('into an existing node').check();
    await expect(dialog.root.getByLabel('Node to fill')).toHaveValue('1');
    await dialog.apply();
    await expect(app.nodes).toHaveCount(3);
    // nginx now closes client connections after 30 s, below the Go client's 55 s: a risk.
    await app.expectVerdicts(['risk', 'ok']);
    await app.hop(0).locator('.has-origin').nth(1).focus();
    await expect(page.getByRole('tooltip', { name: 'app-nginx.conf:2' })).toBeVisible();
  });

  test('several picked files at once, and one that is not a config', async ({ app, page }) => {
    const dialog = await openImportDialog(app, page);
    await dialog.root.locator('input[type="file"]').setInputFiles([
      { name: 'app-nginx.conf', mimeType: 'text/plain', buffer: Buffer.from(NGINX) },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('remember the milk') },
    ]);
    await expect(dialog.file('notes.txt')).toContainText('unknown config format');
    await expect(dialog.file('app-nginx.conf')).toContainText('detected nginx');
    await expect(dialog.status).toHaveText('One node found.');
  });

  test('diagnostics appear inline with line and column; a failed import changes nothing', async ({
    app,
    page,
  }) => {
    const dialog = await openImportDialog(app, page);
    await dialog.paste('this is not a config at all');
    await expect(dialog.file('pasted text')).toContainText('unknown config format');
    await expect(dialog.root.getByRole('button', { name: 'Apply to the chain' })).toBeDisabled();

    await dialog.paste('http {\n  keepalive_timeout 65s\n  server { listen 80; }\n');
    const diag = dialog.root.locator('.diagnostic').first();
    await expect(diag).toContainText(/\d+:\d+/);
    await expect(dialog.root.locator('.cm-lint-marker').first()).toBeVisible();
    await dialog.root.getByRole('button', { name: 'Close' }).click();
    expect(await app.nodeTitles()).toEqual(['Go client', 'nginx', 'Go app']);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  test('a file of many servers: the note names ten unused ones and counts the rest', async ({
    app,
    page,
  }) => {
    const servers = Array.from(
      { length: 30 },
      (_, i) => `server {\n  listen ${8000 + i};\n  location / { proxy_pass http://app; }\n}\n`,
    ).join('');
    const dialog = await openImportDialog(app, page);
    await dialog.paste(`upstream app {\n  server 10.0.0.1:3000;\n  keepalive 8;\n}\n${servers}`);
    await expect(dialog.status).toHaveText('One node found.');
    const note = dialog.file('pasted text').getByText(/not used:/);
    await expect(note).toContainText('server :8010 and 19 more');
    await expect(note).not.toContainText('server :8011');
    if (process.env['SCREENSHOTS'])
      await dialog.root.screenshot({ path: 'test-results/import-many-servers-note.png' });
  });

  test('a reader that places problems by line underlines the word itself (Spring YAML)', async ({
    app,
    page,
  }) => {
    const dialog = await openImportDialog(app, page);
    await dialog.paste('server:\n  tomcat:\n    keep-alive-timeout: 20x\n');
    await expect(dialog.root.locator('.diagnostic').first()).toContainText('3:');
    // The squiggle covers the value as written, not one character.
    await expect(dialog.root.locator('.cm-lintRange').first()).toHaveText('20x');
    if (process.env['SCREENSHOTS'])
      await dialog.root.screenshot({ path: 'test-results/import-span-underline.png' });
  });

  test('a 5 MB paste is read off the main thread and the page stays usable', async ({
    app,
    page,
  }) => {
    const dialog = await openImportDialog(app, page);
    const big = `${NGINX}\n${'# filler line for a very large config\n'.repeat(140_000)}`;
    expect(big.length).toBeGreaterThan(5_000_000);
    await dialog.waitForCodeMirror();
    // A real paste event into CodeMirror (Playwright's fill would type 5 MB key by key).
    await dialog.editor.evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, big);
    await expect(dialog.status).toHaveText('One node found.', { timeout: 20_000 });
    await dialog.putThem('at the server end of the chain');
    await dialog.apply();
    await expect(app.nodes).toHaveCount(4);
  });
});

test.describe('files in the order a file dialog gives them', () => {
  test('three article snippets, sorted by name, join the chain by role; reverse is one click', async ({
    app,
    page,
  }) => {
    const dialog = await openImportDialog(app, page);
    // A file dialog sorts by name: the Spring app comes before the client and the proxy.
    await dialog.root.locator('input[type="file"]').setInputFiles(seedFiles(THREE_SNIPPETS));
    await expect(dialog.status).toHaveText('3 nodes found.');
    expect(await dialog.nodeLabels()).toEqual(THREE_BY_ROLE);
    await expect(dialog.root.locator('.import-order-note')).toContainText('by role');
    await dialog.putThem('at the server end of the chain');
    await dialog.apply();
    await expect(app.nodes).toHaveCount(6);
    const techs = await app.nodes.evaluateAll((els) =>
      els.map((el) => el.querySelector('.node-tech')?.textContent ?? ''),
    );
    expect(techs.slice(3).map((t) => t.split(' ')[0])).toEqual(['Go', 'nginx', 'Spring']);

    await page.getByRole('button', { name: 'Undo' }).click();
    await dialog.open();
    await dialog.root
      .locator('input[type="file"]')
      .setInputFiles(seedFiles(['nginx.conf', 'server.go']));
    await expect(dialog.status).toHaveText('2 nodes found.');
    await dialog.root.getByRole('button', { name: 'Reverse the order' }).click();
    expect(await dialog.nodeLabels()).toEqual(['Go server', 'nginx :80 → upstream backend']);
  });
});

test('a value written but unresolved shows as unknown with its line, never as a default', async ({
  app,
  page,
}) => {
  const dialog = await openImportDialog(app, page);
  await dialog.paste(
    readFileSync(
      new URL(
        '../src/core/import/__fixtures__/chains/go-option-struct-unknown/server.go',
        import.meta.url,
      ),
      'utf8',
    ),
  );
  await expect(dialog.status).toHaveText('One node found.');
  await dialog.putThem('at the server end of the chain');
  await dialog.apply();
  await expect(app.nodes).toHaveCount(4);
  // The narrow hop card says unknown; the expression and its line are in the hop's details.
  await expect(app.hop(2)).toHaveAttribute('data-verdict', 'unknown');
  await expect(app.hop(2)).not.toContainText('opts.IdleTimeout');
  await app.hop(2).click();
  const details = page.locator('[data-details-hop="2"]');
  await expect(details).toContainText('unknown (opts.IdleTimeout)');
  await expect(details).toContainText('IdleTimeout: pasted text, line 22');
});
