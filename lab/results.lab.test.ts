import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { publishResults, updateReadmeTable, type LabRow } from './results';

const row: LabRow = {
  server: 'nginx 1.22.1',
  configured: 'keepalive_timeout 1000ms',
  catalogMs: 1000,
  measuredMs: 999,
  rttMs: 0.1,
  outcomes: { ok: 10, EOF: 2 },
};
const dir = mkdtempSync(join(tmpdir(), 'timeout-chain-lab-results-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lab results', () => {
  it('go outside the repo unless asked: lab/results.md is left as it is', () => {
    const tracked = fileURLToPath(new URL('./results.md', import.meta.url));
    const before = statSync(tracked).mtimeMs;
    const written = publishResults([row], 'test', false);
    expect(written).toEqual([join(tmpdir(), 'timeout-chain-lab-results.md')]);
    expect(readFileSync(written[0] ?? '', 'utf8')).toContain('| nginx 1.22.1 |');
    expect(statSync(tracked).mtimeMs).toBe(before);
  });

  it('replace only the README table between its markers', () => {
    const readme = join(dir, 'README.md');
    const start = '<!-- lab-results:start (npm run test:lab -- --update-results) -->';
    writeFileSync(readme, `intro\n${start}\n\n| old |\n\n<!-- lab-results:end -->\nrest\n`);
    updateReadmeTable(readme, [row]);
    const text = readFileSync(readme, 'utf8');
    expect(text.startsWith(`intro\n${start}\n\n| server |`)).toBe(true);
    expect(text).toContain('| nginx 1.22.1 | keepalive_timeout 1000ms / 1000 / 999 ms |');
    expect(text).not.toContain('| old |');
    expect(text.endsWith('|\n\n<!-- lab-results:end -->\nrest\n')).toBe(true);
  });
});
