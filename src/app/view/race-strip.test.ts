import { describe, expect, it } from 'vitest';
import { analyzeChain } from '../../core/analysis/engine';
import { chainOf } from '../../core/analysis/test-chain';
import { describeRaceStrip, layoutRaceStrip, MIN_WINDOW_PX } from './race-strip';

const hopOf = (specs: Parameters<typeof chainOf>[0]) => {
  const hop = analyzeChain(chainOf(specs)).hops[0];
  if (!hop) throw new Error('no hop');
  return hop;
};

describe('layoutRaceStrip', () => {
  it('a client that drops first: served up to C, no window, S past C', () => {
    // Go client 55 s against nginx 65 s: axis to 65 s × 1.15 = 74.75 s over 299 px (4 px a second).
    const hop = hopOf([
      ['go-transport', { IdleConnTimeout: 55_000 }],
      ['nginx', { keepalive_timeout: 65_000 }],
    ]);
    const l = layoutRaceStrip(hop, 299)!;
    expect(l.bands).toEqual([{ kind: 'served', x: 0, width: 220 }]);
    expect(l.marks).toEqual([
      { kind: 'server', x: 260, label: 'S' },
      { kind: 'client', x: 220, label: 'C' },
    ]);
    expect(describeRaceStrip(hop)).toBe(
      'No race window: Go net/http Transport drops them at 55 s, before nginx closes at 65 s.',
    );
  });

  it('a FIN-detecting client: a window of milliseconds is still visible, then replaced up to C', () => {
    // ALB 60 s against Node 5 s + 1 s buffer: window [5.999 s, 6.015 s], axis 69 s.
    const hop = hopOf(['aws-alb', 'node-http-server']);
    const l = layoutRaceStrip(hop, 690)!;
    const [served, fails, replaced] = l.bands;
    expect(served).toEqual({ kind: 'served', x: 0, width: 59.99 });
    expect(fails?.kind).toBe('fails');
    expect(fails?.x).toBeCloseTo(59.99, 6);
    expect(fails?.width).toBe(MIN_WINDOW_PX);
    expect(replaced?.kind).toBe('replaced');
    expect(replaced!.x + replaced!.width).toBeCloseTo(600, 6);
  });

  it('a client without an idle limit and no FIN detection: the window runs to the end', () => {
    // HttpClient 4 without validateAfterInactivity and no hint keeps connections forever: every
    // reuse from S − RTT = 59.999 s on fails; the axis ends at 60 s × 1.15 = 69 s.
    const hop = hopOf([['apache-httpclient4', { validateAfterInactivity: -1 }], 'aws-alb']);
    const l = layoutRaceStrip(hop, 690)!;
    expect(l.clientUnlimited).toBe(true);
    const [served, fails] = l.bands;
    expect(l.bands).toHaveLength(2);
    expect(served).toEqual({ kind: 'served', x: 0, width: 599.99 });
    expect(fails).toMatchObject({ kind: 'fails', x: 599.99 });
    expect(fails!.x + fails!.width).toBeCloseTo(690, 6);
    expect(l.marks).toEqual([{ kind: 'server', x: 600, label: 'S' }]);
  });

  it('a hop that cannot race has no strip', () => {
    const hop = hopOf(['aws-alb', ['gunicorn', { worker_class: 'sync' }]]);
    expect(layoutRaceStrip(hop, 100)).toBeNull();
    expect(describeRaceStrip(hop)).toBe('No race: connections are not reused.');
  });
});
