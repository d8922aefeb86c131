import { expect, type Locator, type Page } from '@playwright/test';

/** The Import configs dialog. */
export class ImportDialog {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Import configs' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import configs…' }).click();
    await this.root.waitFor();
  }

  get editor(): Locator {
    return this.root.getByLabel('Config text');
  }

  /** Waits for CodeMirror (lazy) to replace the textarea. */
  async waitForCodeMirror(): Promise<void> {
    await expect(this.root.locator('[data-editor="codemirror"] .cm-content')).toBeVisible();
  }

  async paste(text: string): Promise<void> {
    await this.waitForCodeMirror();
    await this.editor.fill(text);
  }

  get status(): Locator {
    return this.root.locator('.import-status');
  }

  file(name: string): Locator {
    return this.root.locator(`[data-import-file="${name}"]`);
  }

  /** The found nodes, client end first, as listed before they join the chain. */
  get nodes(): Locator {
    return this.root.locator('[data-import-node]');
  }

  /** Their labels in the listed order. */
  async nodeLabels(): Promise<string[]> {
    return this.nodes.evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-import-node') ?? ''),
    );
  }

  /** Chooses where the found nodes go, by the radio's words (`at the server end of the chain`). */
  async putThem(where: string | RegExp): Promise<void> {
    await this.root.getByRole('group', { name: 'Put them' }).getByLabel(where).check();
  }

  async apply(): Promise<void> {
    await this.root.getByRole('button', { name: 'Apply to the chain' }).click();
  }
}
