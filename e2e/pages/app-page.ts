import { expect, type Locator, type Page } from '@playwright/test';

export type Verdict = 'ok' | 'warn' | 'risk' | 'unknown';

/** The main screen: the chain, its hops and the panels around it. */
export class AppPage {
  constructor(readonly page: Page) {}

  /** Opens the app (optionally with a share fragment, without '#') and waits for the chain. */
  async open(fragment?: string): Promise<void> {
    await this.page.goto(fragment ? `./#${fragment}` : './');
    await this.chain.waitFor();
  }

  get chain(): Locator {
    return this.page.getByRole('list', { name: 'Chain, client end first' });
  }

  hop(index: number): Locator {
    return this.page.locator(`[data-hop="${index}"]`);
  }

  get hops(): Locator {
    return this.page.locator('[data-hop]');
  }

  node(index: number): Locator {
    return this.page.locator(`[data-node="${index}"]`);
  }

  get nodes(): Locator {
    return this.page.locator('[data-node]');
  }

  /** Every hop's verdict, client end first. */
  async verdicts(): Promise<Verdict[]> {
    return this.hops.evaluateAll((els) =>
      els
        .map((el) => ({
          i: Number(el.getAttribute('data-hop')),
          v: el.getAttribute('data-verdict') as Verdict,
        }))
        .sort((a, b) => a.i - b.i)
        .map((x) => x.v),
    );
  }

  async expectVerdicts(expected: Verdict[]): Promise<void> {
    await expect.poll(() => this.verdicts()).toEqual(expected);
  }

  /** Node titles, client end first. */
  async nodeTitles(): Promise<string[]> {
    return this.page.locator('[data-node] .node-title').allInnerTexts();
  }

  /** Opens the settings editor of node `index`. */
  async openSettings(index: number): Promise<Locator> {
    await this.node(index)
      .getByRole('button', { name: /^Settings/ })
      .click();
    const editor = this.page.locator('.node-editor');
    await editor.waitFor();
    return editor;
  }

  /** Types a value into the settings editor (labelled by the catalog key) and commits it. */
  async setValue(key: string, text: string): Promise<Locator> {
    const input = this.page.getByLabel(key, { exact: true });
    await input.fill(text);
    await input.press('Enter');
    return input;
  }

  /** Loads a preset by its title in the Examples menu. */
  async loadExample(title: string): Promise<void> {
    await this.page.getByLabel('Start from an example').selectOption({ label: title });
  }

  /** Opens the Share dialog and returns the link it offers. */
  async shareLink(): Promise<string> {
    await this.page.getByRole('button', { name: 'Share', exact: true }).click();
    const input = this.page.getByRole('textbox', { name: 'Link' });
    await expect(input).toHaveValue(/#v2\./);
    const url = await input.inputValue();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    return url;
  }

  /** The fragment of the address bar, without '#'. */
  async fragment(): Promise<string> {
    return this.page.evaluate(() => window.location.hash.slice(1));
  }
}
