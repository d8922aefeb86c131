import { expect, test } from './fixtures';
import { ImportDialog } from './pages/import-dialog';

/** A README pasted whole: each fenced config block gives its nodes, labelled with its lines. */
const README = [
  'We run nginx in front of the orders app.',
  '',
  '```nginx',
  'server {',
  '    listen 80;',
  '    keepalive_timeout 75s;',
  '}',
  '```',
  '',
  'The app keeps idle connections for twenty seconds:',
  '',
  '```yaml',
  'server:',
  '  tomcat:',
  '    keep-alive-timeout: 20s',
  '```',
  '',
].join('\n');

test('a pasted README shows the nodes of both its code blocks', async ({ app, page }) => {
  await app.open();
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.paste(README);
  await expect(dialog.status).toHaveText('2 nodes found.');
  expect(await dialog.nodeLabels()).toEqual([
    'nginx :80 (pasted text, lines 4–7)',
    'Spring Boot Tomcat (default) (pasted text, lines 13–15)',
  ]);
  // Values keep the README's own lines.
  await expect(dialog.nodes.nth(0)).toContainText('keepalive_timeout 75 s pasted text, line 6');
  await expect(dialog.nodes.nth(1)).toContainText('pasted text, line 15');
  if (process.env['SCREENSHOTS'])
    await page.screenshot({ path: 'test-results/import-document.png' });
});
