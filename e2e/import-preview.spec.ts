import { chainOf } from '../src/core/analysis/test-chain';
import { encodeShareState } from '../src/core/share';
import { expect, test } from './fixtures';
import { ImportDialog } from './pages/import-dialog';
import { readSeed, seedFiles } from './seed-files';

test.describe('the import preview shows before it changes', () => {
  test('every node with its values and source lines, by role, a checkbox each, reverse and move', async ({
    app,
    page,
  }) => {
    await app.open();
    const dialog = new ImportDialog(page);
    await dialog.open();
    // A file dialog gives them by name: the app first, the load balancer last.
    await dialog.root
      .locator('input[type="file"]')
      .setInputFiles(seedFiles(['application.yml', 'ingress-configmap.yaml', 'main.tf']));
    await expect(dialog.status).toHaveText('3 nodes found.');
    expect(await dialog.nodeLabels()).toEqual([
      'AWS ALB aws_lb.app',
      'ingress-nginx configmap ingress-nginx-controller',
      'Spring Boot Tomcat (default)',
    ]);
    await expect(dialog.root.locator('.import-order-note')).toContainText(
      'Ordered by role from the client end',
    );
    // Values as the chain will show them, with their lines (main.tf line 12: idle_timeout = 60).
    await expect(dialog.nodes.nth(0)).toContainText('idle_timeout.timeout_seconds 60 s main.tf:12');
    // Nothing changed yet.
    expect(await app.nodeTitles()).toEqual(['Go client', 'nginx', 'Go app']);

    await dialog.root.getByRole('button', { name: 'Reverse the order' }).click();
    expect((await dialog.nodeLabels())[0]).toBe('Spring Boot Tomcat (default)');
    await expect(dialog.root.locator('.import-order-note')).toHaveText(/In the order you chose/);
    await dialog.root.getByRole('button', { name: 'Reverse the order' }).click();
    await dialog.root
      .getByRole('button', { name: 'Move Spring Boot Tomcat (default) toward the client end' })
      .click();
    expect(await dialog.nodeLabels()).toEqual([
      'AWS ALB aws_lb.app',
      'Spring Boot Tomcat (default)',
      'ingress-nginx configmap ingress-nginx-controller',
    ]);
    // Leave the ingress out.
    await dialog.nodes.nth(2).getByRole('checkbox').uncheck();
    // The example is on screen: by default the found nodes take its place.
    await expect(dialog.root.getByLabel(/in place of the example/)).toBeChecked();
    await dialog.apply();
    await expect(app.nodes).toHaveCount(2);
    expect(await app.nodeTitles()).toEqual(['AWS ALB aws_lb.app', 'Spring Boot Tomcat (default)']);
    await expect(page.locator('.notices')).toContainText('Replaced the chain with 2 nodes');
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await app.nodeTitles()).toEqual(['Go client', 'nginx', 'Go app']);
  });

  test('pasted text is named as such: "pasted text, line 3"', async ({ app, page }) => {
    await app.open();
    const dialog = new ImportDialog(page);
    await dialog.open();
    await dialog.paste(readSeed('nginx.conf'));
    await expect(dialog.status).toHaveText('One node found.');
    expect(await dialog.nodeLabels()).toEqual(['nginx :80 → upstream backend']);
    await expect(dialog.nodes.first()).toContainText('keepalive_timeout 65 s pasted text, line 3');
  });

  test('where nodes go by default follows what was found', async ({ app, page }) => {
    // A chain of the user's own (not an example): ALB → nginx → gunicorn.
    await app.open(await encodeShareState(chainOf(['aws-alb', 'nginx', 'gunicorn'])));
    const dialog = new ImportDialog(page);
    await dialog.open();
    // One nginx config: it fills the chain's nginx.
    await dialog.root.locator('input[type="file"]').setInputFiles(seedFiles(['nginx.conf']));
    await expect(dialog.status).toHaveText('One node found.');
    await expect(dialog.root.getByLabel('into an existing node')).toBeChecked();
    await expect(dialog.root.getByLabel('Node to fill')).toHaveValue('1');
    // Clients only: at the client end.
    await dialog.root.getByRole('button', { name: 'Remove nginx.conf' }).click();
    await dialog.root
      .locator('input[type="file"]')
      .setInputFiles(seedFiles(['http_client.go', 'HttpClientConfig.java']));
    await expect(dialog.status).toHaveText('2 nodes found.');
    expect(await dialog.nodeLabels()).toEqual(['Go client', 'HttpClient 5']);
    await expect(dialog.root.getByLabel('at the client end of the chain')).toBeChecked();
    // A server: at the server end.
    await dialog.root.getByRole('button', { name: 'Remove http_client.go' }).click();
    await dialog.root.getByRole('button', { name: 'Remove HttpClientConfig.java' }).click();
    await dialog.root.locator('input[type="file"]').setInputFiles(seedFiles(['server.go']));
    await expect(dialog.status).toHaveText('One node found.');
    await expect(dialog.root.getByLabel('at the server end of the chain')).toBeChecked();
    await dialog.apply();
    expect(await app.nodeTitles()).toHaveLength(4);
    expect((await app.nodeTitles())[3]).toBe('Go server');
  });
});
