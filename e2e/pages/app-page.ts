import type { Locator, Page } from '@playwright/test';

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
}
