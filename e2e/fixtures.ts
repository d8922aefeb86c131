import { test as base, expect } from '@playwright/test';
import { AppPage } from './pages/app-page';

interface Fixtures {
  app: AppPage;
  /** Requests to any origin other than the app's, recorded for the whole test. */
  foreignRequests: string[];
  /** Uncaught page errors and CSP violations: every test fails when one happens. */
  pageProblems: string[];
}

export const test = base.extend<Fixtures>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const own = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const foreign: string[] = [];
      page.on('request', (req) => {
        const url = new URL(req.url());
        // data: and blob: URLs never leave the browser.
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.origin !== own) foreign.push(req.url());
      });
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error' && /Content.Security.Policy/i.test(msg.text()))
          problems.push(`CSP: ${msg.text()}`);
      });
      await use(problems);
      expect(problems, 'page errors and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    await use(new AppPage(page));
  },
});

export { expect };
