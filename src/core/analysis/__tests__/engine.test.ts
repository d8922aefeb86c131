import { describe, expect, it } from 'vitest';
import { analyzeChain } from '../engine';
import { ms } from '../../model/duration';
import { chainOf } from '../test-chain';

describe('analyzeChain', () => {
  it('lists the fix plan only under findings an idle-timeout change resolves', () => {
    // Neither side closes idle connections and a NAT gateway (350 s) between them forgets flows:
    // the middlebox finding is fixed by giving the client an idle limit; "both unlimited" is a
    // warning that the same change happens to address, but it is not an ordering finding.
    const r = analyzeChain(
      chainOf([
        ['go-transport', { IdleConnTimeout: null }],
        'aws-nat-gateway',
        ['go-http-server', { IdleTimeout: null, ReadTimeout: null }],
      ]),
    );
    const findings = r.hops[0]?.findings ?? [];
    const byRule = new Map(findings.map((f) => [f.rule, f]));
    expect(r.fixPlan.changes.length).toBeGreaterThan(0);
    expect(byRule.get('middlebox-shorter')?.fixes).toEqual(r.fixPlan.changes);
    expect(byRule.get('both-unlimited')?.fixes).toEqual([]);
    for (const f of findings) if (!f.fixable) expect(f.fixes).toEqual([]);
  });

  it('explains a Go fallback from ReadTimeout with both numbers', () => {
    const r = analyzeChain(
      chainOf([
        ['nginx@1.29.7', { 'upstream.keepalive_timeout': 55000 }],
        ['go-http-server', { ReadTimeout: 30000 }],
      ]),
    );
    const hop = r.hops[0];
    expect(hop?.server.idleMs).toBe(30000);
    expect(hop?.server.origin.kind).toBe('fallback');
    expect(hop?.client.idleMs).toBe(55000);
    const msg = hop?.findings.find((f) => f.rule === 'server-closes-first')?.message ?? '';
    expect(msg).toContain('30 s');
    expect(msg).toContain('55 s');
    expect(msg).toContain('ReadTimeout');
  });

  it('reports the race window [S − RTT, S + δ + γs] for a FIN-detecting client', () => {
    const r = analyzeChain(chainOf(['aws-alb', 'node-http-server'], 2));
    const hop = r.hops[0];
    expect(hop?.rttMs).toBe(2);
    // Node 20.20.2 closes at keepAliveTimeout + 1 s buffer: S = 6 s.
    expect(hop?.server.idleMs).toBe(6000);
    expect(hop?.raceWindow?.startMs).toBe(6000 - 2);
    // δ = 10 ms by default; the end includes the server's timer granularity.
    const end = hop?.raceWindow?.endMs ?? 0;
    expect(end).toBeGreaterThanOrEqual(6010);
    expect(end).toBeLessThan(6100);
    expect(hop?.marginMs).toBe(6000 - 60000);
  });

  it('applies a server hint to an honouring client and says so in the origin', () => {
    const r = analyzeChain(
      chainOf(['undici', ['node-http-server', { 'server.keepAliveTimeout': 10000 }]]),
    );
    // undici uses the hint instead of its own 4 s keepAliveTimeout: 10 s − 2 s threshold.
    const client = r.hops[0]?.client;
    expect(client?.idleMs).toBe(8000);
    expect(client?.origin.kind).toBe('hint');
    const r0 = analyzeChain(chainOf(['undici', 'go-http-server']));
    expect(r0.hops[0]?.client.idleMs).toBe(4000);
    expect(r0.hops[0]?.client.origin.kind).toBe('default');
    const r2 = analyzeChain(chainOf(['undici', 'node-http-server']));
    expect(r2.hops[0]?.client.idleMs).toBe(3000);
    expect(r2.hops[0]?.client.origin.kind).toBe('hint');
  });

  it('sums link RTTs across an L4 middlebox and judges its idle limit', () => {
    const chain = chainOf([
      'go-transport',
      'aws-nat-gateway',
      ['go-http-server', { IdleTimeout: 600000 }],
    ]);
    chain.links = [{ rttMs: ms(3) }, { rttMs: ms(4) }];
    const r = analyzeChain(chain);
    expect(r.hops).toHaveLength(1);
    expect(r.hops[0]?.rttMs).toBe(7);
    expect(r.hops[0]?.middleboxes[0]?.idleMs).toBe(350000);
    expect(r.hops[0]?.verdict).toBe('risk');
    expect(r.hops[0]?.findings.map((f) => f.rule)).toContain('middlebox-shorter');
  });

  it('gives no hops for a single node and an ok chain verdict', () => {
    const r = analyzeChain(chainOf(['nginx']));
    expect(r.hops).toEqual([]);
    expect(r.verdict).toBe('ok');
  });

  it('attaches the plan’s fixes to the failing finding with ready snippets', () => {
    const r = analyzeChain(chainOf(['aws-alb', 'node-http-server']));
    const f = r.hops[0]?.findings.find((x) => x.rule === 'server-closes-first');
    expect(f?.fixes.map((x) => x.snippet)).toEqual([
      'server.keepAliveTimeout = 65_000;',
      'server.headersTimeout = 66_000;',
    ]);
    expect(r.verdict).toBe('risk');
  });
});
