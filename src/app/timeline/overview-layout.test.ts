import { describe, expect, it } from 'vitest';
import { ALB_NODE, analyzeWithFix } from './fixtures';
import { describeRetry, layoutOverview } from './overview-layout';

describe('chain overview lanes', () => {
  const { before, after } = analyzeWithFix(['go-transport', ...ALB_NODE]);
  const l = layoutOverview(before, 760);

  it('one lane per hop, both timers on a shared log axis', () => {
    expect(l.lanes.map((x) => [x.clientName, x.serverName, x.verdict])).toEqual([
      ['Go net/http Transport', 'AWS Application Load Balancer', 'risk'],
      ['AWS Application Load Balancer', 'Node.js http server', 'risk'],
    ]);
    const hop2 = l.lanes[1]!;
    const [c, s] = hop2.bars;
    expect([c?.label, s?.label]).toEqual(['C = 60 s', 'S = 5 s']);
    // Log scale: 5 s → 60 s spans the same width as 10 s → 120 s.
    const x = (ms: number) => l.ticks.find((t) => t.ms === ms)?.x ?? NaN;
    expect(Math.abs(x(1000) - x(100) - (x(10_000) - x(1000)))).toBeLessThanOrEqual(0.2);
    expect(c!.x1).toBeGreaterThan(s!.x1);
    expect(l.ticks.map((t) => t.label)).toEqual(['100 ms', '1 s', '10 s', '60 s']);
  });

  it('highlights where the client outlives the server, and notes retries', () => {
    const hop2 = l.lanes[1]!;
    expect(hop2.mismatch).toMatchObject({ kind: 'risk', label: 'client outlives server by 55 s' });
    expect(hop2.mismatch!.x0).toBe(hop2.bars[1]!.x1);
    expect(hop2.mismatch!.x1).toBe(hop2.bars[0]!.x1);
    expect(hop2.retry).toBe('no retry: answers its own client with 502');
  });

  it('after the fix there is nothing to highlight', () => {
    const fixed = layoutOverview(after, 760);
    expect(fixed.lanes.map((x) => x.verdict)).toEqual(['ok', 'ok']);
    expect(fixed.lanes.every((x) => x.mismatch === null)).toBe(true);
  });

  it('an L4 middlebox is a marker at its idle limit; no limit sits past the axis', () => {
    const { before: nat } = analyzeWithFix(['go-transport', 'aws-nat-gateway', 'node-http-server']);
    const lane = layoutOverview(nat, 760).lanes[0]!;
    expect(lane.middleboxes).toHaveLength(1);
    expect(lane.middleboxes[0]!.label).toMatch(/350 s$/);
    expect(describeRetry(undefined)).toBeNull();
  });
});
