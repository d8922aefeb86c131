import type { Locator, Page } from '@playwright/test';

/** The "Paste error messages" panel. */
export class DecodePanel {
  readonly root: Locator;
  constructor(page: Page) {
    this.root = page.getByRole('region', { name: 'Paste error messages' });
  }
  async paste(text: string): Promise<void> {
    await this.root.getByLabel(/Log lines or client errors/).fill(text);
  }
  async submit(): Promise<void> {
    await this.root.getByRole('button', { name: 'Find the hop' }).click();
  }
  result(): Locator {
    return this.root.getByRole('status');
  }
}
