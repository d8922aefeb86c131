import { expect, test } from './fixtures';

// The `foreignRequests` fixture (auto) fails any test that contacts another origin; this test
// exercises the page and checks the record explicitly so the guarantee has its own named test.
test('the app makes no request to any other origin', async ({ app, page, foreignRequests }) => {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  await app.open();
  await page.waitForLoadState('networkidle');
  expect(seen.length).toBeGreaterThan(0);
  expect(foreignRequests).toEqual([]);
});
