import { describe, expect, it } from 'vitest';
import { analyzeChain } from '../../core/analysis/engine';
import { parseChainFile } from '../../core/chain-file';
import { INCIDENT_PRESETS } from '../presets';
import { buildExports } from './export-formats';

describe('exports', () => {
  const chain = INCIDENT_PRESETS[0]!.chain;
  const files = buildExports(chain, analyzeChain(chain));
  const byName = (n: string) => files.find((f) => f.name === n)!.text;

  it('writes a chain file that reads back to the same technologies and verdicts', () => {
    const back = parseChainFile(byName('timeout-chain.chain.yaml'), 'x.chain.yaml');
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(back.chain.nodes.map((n) => n.tech)).toEqual(['aws-alb', 'node-http-server']);
    expect(analyzeChain(back.chain).hops.map((h) => h.verdict)).toEqual(['risk']);
  });

  it('writes the chain as JSON and the review with the fix snippet', () => {
    expect(JSON.parse(byName('timeout-chain.json'))).toEqual(chain);
    const md = byName('timeout-chain-review.md');
    expect(md).toMatch(/^# Keep-alive timeout review/);
    expect(md).toContain('server.keepAliveTimeout = 65_000;');
    const json = JSON.parse(byName('timeout-chain-report.json'));
    expect(json.hops[0].verdict).toBe('risk');
  });
});

describe('review exports', () => {
  const chain = INCIDENT_PRESETS[0]!.chain;
  const files = buildExports(chain, analyzeChain(chain), 'http://localhost/#v2.abc');
  const byName = (n: string) => files.find((f) => f.name === n)?.text ?? '';

  it('offers the HTML review page with the race timeline and the share link', () => {
    const html = byName('timeout-chain-review.html');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg ');
    expect(html).toContain('href="http://localhost/#v2.abc"');
  });

  it('offers the Prometheus rules the CLI prints', () => {
    expect(byName('timeout-chain.rules.yml')).toMatch(
      /\ngroups:\n  - name: timeout-chain-keepalive\n/,
    );
  });
});
