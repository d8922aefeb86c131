import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeChain } from '../analysis/engine';
import type { Chain } from '../model/chain';
import { buildAlertRules, formatAlertRules } from './alert-rules';
import { buildPromtoolTests } from './testing/promtool-cases';
import { albNginxNodeChain, metricsChain, seedChain } from './testing/review-chains';

const PROMTOOL = process.env['PROMTOOL'] ?? 'promtool';
const hasPromtool = spawnSync(PROMTOOL, ['--version']).status === 0;
// In CI a missing promtool is a failure (.ci/run installs it); elsewhere the cases skip.
const CI = process.env['CI'] === 'true' || process.env['CI'] === '1';
const dir = mkdtempSync(join(tmpdir(), 'tc-promtool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function promtool(args: string[]): { code: number; output: string } {
  const r = spawnSync(PROMTOOL, args, { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

const CHAINS: [string, () => Chain, number][] = [
  ['the seed chain (Go → nginx → Spring Boot)', seedChain, 1],
  ['ALB → nginx → Node at defaults', albNginxNodeChain, 1],
  ['one hop per metric source (undici, ALB, ingress-nginx, Envoy, HAProxy)', metricsChain, 6],
];

describe('alert rules pass promtool', () => {
  it('promtool is installed when CI is set', () => {
    if (CI) expect(hasPromtool, `${PROMTOOL} not found; .ci/run installs it`).toBe(true);
  });
  describe.skipIf(!hasPromtool && !CI).each(CHAINS)('%s', (name, make, minRules) => {
    const report = analyzeChain(make());
    const set = buildAlertRules(report.hops);
    const slug = name.replace(/\W+/g, '-').slice(0, 40);
    it('has the expected number of rules at least', () => {
      expect(set.rules.length).toBeGreaterThanOrEqual(minRules);
    });
    it('passes promtool check rules', () => {
      writeFileSync(join(dir, `${slug}.rules.yml`), formatAlertRules(set, report.hops));
      const r = promtool(['check', 'rules', `${slug}.rules.yml`]);
      expect(r.output).toContain(`SUCCESS: ${set.rules.length} rules found`);
      expect(r.code).toBe(0);
    });
    it('fires each alert above 0.1 % for 10 minutes and stays silent below (promtool test rules)', () => {
      writeFileSync(join(dir, `${slug}.rules.yml`), formatAlertRules(set, report.hops));
      writeFileSync(
        join(dir, `${slug}.test.yml`),
        buildPromtoolTests(`${slug}.rules.yml`, set.rules),
      );
      const r = promtool(['test', 'rules', `${slug}.test.yml`]);
      expect(r.output).toContain('SUCCESS');
      expect(r.code).toBe(0);
    });
  });
});
