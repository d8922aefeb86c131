import { describe, expect, it } from 'vitest';
import { analyzeChain } from '../core/analysis/engine';
import { findTech } from '../core/catalog/registry';
import { PRESETS } from './presets';

const EXPECTED: Record<string, string[]> = {
  article: ['ok', 'ok'],
  'alb-node': ['risk'],
  'alb-gunicorn': ['risk'],
  'alb-spring': ['risk'],
  'ingress-uvicorn': ['risk'],
  'gcp-nginx': ['risk'],
  'istio-node': ['risk'],
};

describe('presets', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s uses catalog techs only', (_id, p) => {
    for (const n of p.chain.nodes) expect(findTech(n.tech), n.tech).toBeDefined();
    expect(p.chain.links).toHaveLength(p.chain.nodes.length - 1);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s has the expected verdicts', (id, p) => {
    const report = analyzeChain(p.chain);
    expect(report.hops.map((h) => h.verdict)).toEqual(EXPECTED[id]);
    expect(report.fixPlan.verdictsAfter.every((v) => v === 'ok')).toBe(true);
  });

  it('cites lines that hold the setting', () => {
    const nginx = PRESETS[0]?.chain.nodes[1]?.settings['upstream.keepalive_timeout']?.origin;
    expect(nginx).toMatchObject({ kind: 'explicit', file: 'nginx.conf', line: 10 });
  });
});
