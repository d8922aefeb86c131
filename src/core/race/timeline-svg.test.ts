import { describe, expect, it } from 'vitest';
import { analyzeChain } from '../analysis/engine';
import { chainOf } from '../analysis/test-chain';
import { renderRaceSvg } from './timeline-svg';

const hopOf = (specs: Parameters<typeof chainOf>[0]) => analyzeChain(chainOf(specs)).hops[0]!;

describe('renderRaceSvg', () => {
  it('shades the race window from the race model at its place on the idle axis', () => {
    // nginx keeps 60 s, Node closes after 6 s: window [S − RTT, S + δ + γs] = [5.999 s, 6.015 s].
    const hop = hopOf([['nginx', { 'upstream.keepalive': 32 }], 'node-http-server']);
    const svg = renderRaceSvg(hop, 'Now');
    expect(svg).toContain('race window 5.999 s – 6.015 s');
    // Axis: 0 … 72 s (1.2 × 60 s) over x 10 … 630; 5.999 s sits at x = 10 + 5.999 / 72 · 620.
    expect(svg).toContain(`<rect x="${(10 + (5999 / 72000) * 620).toFixed(1)}" y="26"`);
    expect(svg).toContain('72 s idle since the last response');
  });

  it('says there is no window when the client drops the connection first', () => {
    const hop = hopOf([
      ['go-transport', { IdleConnTimeout: 55_000 }],
      ['nginx', { keepalive_timeout: 65_000 }],
    ]);
    const svg = renderRaceSvg(hop, 'After');
    expect(svg).not.toMatch(/race window \d/);
    expect(svg).not.toContain('fill-opacity');
    expect(svg).toContain('no race window: the client drops the connection first');
  });

  it('escapes labels', () => {
    const hop = hopOf([['nginx', { 'upstream.keepalive': 32 }], 'node-http-server']);
    expect(renderRaceSvg(hop, '<b>&')).toContain('&#60;b&#62;&#38;');
  });
});
