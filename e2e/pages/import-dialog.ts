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

  async apply(): Promise<void> {
    await this.root.getByRole('button', { name: 'Apply to the chain' }).click();
  }
}
