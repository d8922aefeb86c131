import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { analyzeChain, applyFixPlan } from '../../core/analysis/engine';
import { chainOf, LONG_CHAIN, type NodeSpec } from '../../core/analysis/test-chain';
import { ResetRatePanel } from './ResetRatePanel';

function render(specs: readonly NodeSpec[], rps = 0.2) {
  const chain = chainOf(specs);
  const report = analyzeChain(chain);
  const fixedReport = analyzeChain(applyFixPlan(chain, report.fixPlan));
  const html = renderToStaticMarkup(
    <ResetRatePanel
      report={report}
      fixedReport={fixedReport}
      chain={chain}
      traffic={{ rps, nonIdempotentShare: 0.25 }}
      onTrafficChange={() => {}}
    />,
  );
  return { html, report };
}

describe('ResetRatePanel renders every hop of varied chains', () => {
  it('ALB → Node: a row, a chart with the marker, the fix as no race', () => {
    const { html } = render(['aws-alb', 'node-http-server']);
    expect(html.match(/<tr data-rr-hop=/g)).toHaveLength(1);
    expect(html).toContain('data-col="now-p"');
    expect(html).toContain('your traffic: 0.2 req/s');
    expect(html).toContain('after the fix: no race');
    expect(html).toContain('value="25"'); // the share field shows percent
    expect(html).toContain('>Simulate</button>');
  });

  it('ten hops: one row each and a hop picker', () => {
    const specs: NodeSpec[] = [...LONG_CHAIN];
    const { html, report } = render(specs, 3);
    expect(html.match(/<tr data-rr-hop=/g)).toHaveLength(report.hops.length);
    expect(html.match(/<option value="\d+"[^>]*>\d+\. /g)).toHaveLength(report.hops.length);
  });

  it('a hop without reuse says it cannot race; an unknown server says why there is no chart', () => {
    expect(render(['nginx', 'gunicorn']).html).toContain('No race: ');
    const unknown = render(['go-transport', 'no-such-server']).html;
    expect(unknown).toContain('Unknown: ');
    expect(unknown).toContain('No chart: ');
    expect(unknown).toMatch(/<button[^>]*disabled=""[^>]*>Simulate/);
  });
});
