import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

/** Budget for what the first screen loads: JS + CSS, gzip (CodeMirror, YAML, parsers are lazy). */
const BUDGET_GZIP_BYTES = 160 * 1024;

test('the initial JS and CSS stay within 160 kB gzip', async ({ app, page }) => {
  const loaded = new Set<string>();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (/\.(js|css)$/.test(path)) loaded.add(path.replace(/^\//, ''));
  });
  await app.open();
  await page.waitForLoadState('networkidle');
  const files = [...loaded];
  expect(files.some((f) => f.endsWith('.js'))).toBe(true);
  // Nothing lazy comes in before the user asks for it.
  expect(files.filter((f) => /CodeEditor|read-sources|chain-file|parse-worker/.test(f))).toEqual(
    [],
  );
  const total = files.reduce((n, f) => n + gzipSync(readFileSync(`dist/${f}`)).length, 0);
  console.log(`initial JS+CSS: ${(total / 1024).toFixed(1)} kB gzip (${files.join(', ')})`);
  expect(total).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
});
