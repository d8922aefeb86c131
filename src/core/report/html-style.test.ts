import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_CSS } from './html-style';

describe('the review page stylesheet', () => {
  it("is allowed by the app's Content-Security-Policy by its hash (the app prints the page in an iframe that inherits the policy)", () => {
    const hash = createHash('sha256').update(REPORT_CSS).digest('base64');
    const index = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');
    expect(index).toContain(`'sha256-${hash}'`);
  });
});
