import { describe, expect, it } from 'vitest';
import { computeLossProbability } from '../../core/race';
import { computeChartLayout, labelExtent, P_DECADES, type ChartInput } from './chart-layout';

/** ALB → Node at defaults: S = 5 s, C = 60 s, RTT 1 ms, δ 10 ms, γs 5 ms, FIN-detecting. */
const ALB_NODE = {
  serverIdleMs: 5000,
  clientIdleMs: 60_000,
  rttMs: 1,
  reactionDelayMs: 10,
  serverGranularityMs: 5,
  finDetection: true,
};
const FIXED = { ...ALB_NODE, serverIdleMs: 65_000 };
const base: ChartInput = { current: ALB_NODE, fixed: FIXED, userRps: 0.2, width: 640, height: 320 };

/** Every number pair of an SVG path made of M/L commands. */
const pathPoints = (d: string): [number, number][] =>
  [...d.matchAll(/(-?[\d.e-]+),(-?[\d.e-]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('the loss curve', () => {
  it('peaks near λ ≈ 1/S, where the model puts it', () => {
    for (const S of [5000, 60_000, 350_000]) {
      const hop = { ...ALB_NODE, serverIdleMs: S, clientIdleMs: 10 * S };
      const l = computeChartLayout({ ...base, current: hop });
      // For p = e^(−λa) − e^(−λb) the maximum is at λ* = ln(b/a) / (b − a) per ms.
      const a = S - 1;
      const b = S + 15;
      const exact = (Math.log(b / a) / (b - a)) * 1000;
      expect(l.peak?.rps).toBeCloseTo(exact, 6);
      expect(l.peak!.rps * (S / 1000)).toBeGreaterThan(0.99);
      expect(l.peak!.rps * (S / 1000)).toBeLessThan(1.01);
      expect(l.peak!.p).toBe(computeLossProbability({ ...hop, rps: l.peak!.rps }));
      // p ≈ (b − a) / (e·S) at the peak, the model's rule of thumb.
      expect(l.peak!.p / ((b - a) / (Math.E * S))).toBeCloseTo(1, 2);
    }
  });

  it('has no peak in view for a client that never notices FINs and never drops: lower is worse', () => {
    const l = computeChartLayout({
      ...base,
      current: { ...ALB_NODE, clientIdleMs: null, finDetection: false },
    });
    expect(l.peak).toBeNull();
    expect(l.pDomain[1]).toBe(1);
    expect(l.table[0]!.now).toBeGreaterThan(0.99);
  });

  it('stays inside the plot and meets the axis floor where p falls below it', () => {
    const l = computeChartLayout(base);
    const pts = pathPoints(l.current.path);
    expect(pts.length).toBeGreaterThan(100);
    for (const [px, py] of pts) {
      expect(px).toBeGreaterThanOrEqual(l.plot.left - 1e-6);
      expect(px).toBeLessThanOrEqual(l.plot.right + 1e-6);
      expect(py).toBeGreaterThanOrEqual(l.plot.top - 1e-6);
      expect(py).toBeLessThanOrEqual(l.plot.floorY + 1e-6);
    }
    // At 1000 req/s p underflows: the curve ends on the floor, at the rate where p = floor.
    const last = pts.at(-1)!;
    expect(last[1]).toBeCloseTo(l.plot.floorY, 6);
    const rpsAt = (px: number) =>
      10 ** (-3 + ((px - l.plot.left) / (l.plot.right - l.plot.left)) * 6);
    const pAtEnd = computeLossProbability({ ...ALB_NODE, rps: rpsAt(last[0]) });
    expect(pAtEnd / l.pDomain[0]).toBeCloseTo(1, 2); // path coordinates carry 3 decimals
  });

  it('spans P_DECADES decades below the first power of ten over 3× the highest p', () => {
    const l = computeChartLayout(base);
    expect(l.pDomain[1]).toBe(0.01); // max p ≈ 0.00118
    const low = computeChartLayout({ ...base, current: { ...ALB_NODE, serverIdleMs: 20_000 } });
    expect(low.pDomain[1]).toBe(0.001); // max p ≈ 0.000294, 3× is under 10⁻³
    expect(l.pDomain[0]).toBeCloseTo(10 ** (-2 - P_DECADES), 20);
  });
});

describe('after the fix', () => {
  it('is a flat line in the zero lane labelled "no race" when the fix leaves no window', () => {
    const l = computeChartLayout(base);
    expect(l.fixed?.kind).toBe('zero');
    expect(l.fixed?.label.text).toBe('after the fix: no race');
    expect(l.fixed!.path).toBe(`M${l.plot.left},${l.plot.zeroY}H${l.plot.right}`);
    expect(l.plot.zeroY).toBeGreaterThan(l.plot.floorY);
    expect(l.marker.after).toEqual({ p: 0, y: l.plot.zeroY });
  });

  it('is a curve when the fixed hop still races, and absent without a plan', () => {
    const racing = computeChartLayout({ ...base, fixed: { ...ALB_NODE, serverIdleMs: 20_000 } });
    expect(racing.fixed?.kind).toBe('curve');
    expect(computeChartLayout({ ...base, fixed: undefined }).fixed).toBeNull();
  });

  it('lifts the marker text above the zero lane when a "no race" label there is in its way', () => {
    // A hop that cannot race now or after: both lines lie in the zero lane, and so does the marker.
    for (const userRps of [0.001, 0.2, 1, 30, 1000]) {
      const l = computeChartLayout({ ...base, current: null, fixed: null, userRps });
      const marker = labelExtent(l.marker.label);
      for (const lane of [l.current.label, l.fixed?.label]) {
        if (!lane) continue;
        const [from, to] = labelExtent(lane);
        const sharesSpan = marker[0] < to && from < marker[1];
        if (sharesSpan) expect(Math.abs(l.marker.label.y - lane.y)).toBeGreaterThanOrEqual(12);
      }
      expect(l.marker.label.y).toBeGreaterThan(l.plot.top);
    }
  });

  it('draws a hop that cannot race now in the zero lane too', () => {
    const l = computeChartLayout({ ...base, current: null });
    expect(l.current.kind).toBe('zero');
    expect(l.current.label.text).toBe('now: no race');
    expect(l.peak).toBeNull();
  });
});

describe("the user's traffic", () => {
  it("sits at the user's rate on the log axis and on the curve", () => {
    const l = computeChartLayout(base);
    const t01 = l.xTicks.find((t) => t.value === 0.1)!.pos;
    const t1 = l.xTicks.find((t) => t.value === 1)!.pos;
    expect(l.marker.x).toBeCloseTo(t01 + Math.log10(2) * (t1 - t01), 6);
    const p = computeLossProbability({ ...ALB_NODE, rps: 0.2 });
    expect(l.marker.now.p).toBe(p);
    const y2 = l.yTicks.find((t) => t.value === 0.01)!.pos;
    const y3 = l.yTicks.find((t) => t.value === 0.001)!.pos;
    expect(l.marker.now.y).toBeCloseTo(y3 + (Math.log10(p) + 3) * (y2 - y3), 6);
    expect(l.marker.label.text).toBe('your traffic: 0.2 req/s → 0.118 % lost');
  });

  it('widens the rate axis to whole decades holding a rate outside 0.001–1000', () => {
    expect(computeChartLayout({ ...base, userRps: 5000 }).rpsDomain).toEqual([0.001, 10_000]);
    expect(computeChartLayout({ ...base, userRps: 0.0002 }).rpsDomain).toEqual([0.0001, 1000]);
    expect(computeChartLayout(base).rpsDomain).toEqual([0.001, 1000]);
  });

  it('lists each decade and the user rate in the text alternative', () => {
    const l = computeChartLayout(base);
    expect(l.table.map((r) => r.rps)).toEqual([0.001, 0.01, 0.1, 0.2, 1, 10, 100, 1000]);
    expect(l.table.every((r) => r.after === 0)).toBe(true);
  });
});

describe('log ticks are truthful', () => {
  it('labels each decade with its value and spaces decades evenly', () => {
    const l = computeChartLayout(base);
    const major = l.xTicks.filter((t) => t.label !== null);
    expect(major.map((t) => t.label)).toEqual([
      '0.001',
      '0.01',
      '0.1',
      '1',
      '10',
      '100',
      '1\u202f000',
    ]);
    for (const t of major) expect(Number(t.label!.replace('\u202f', ''))).toBe(t.value);
    expect(major[0]!.pos).toBe(l.plot.left);
    expect(major.at(-1)!.pos).toBe(l.plot.right);
    const steps = major.slice(1).map((t, i) => t.pos - major[i]!.pos);
    for (const s of steps) expect(s).toBeCloseTo((l.plot.right - l.plot.left) / 6, 6);
  });

  it('puts minor ticks at 2..9 × 10^k, at log10(m) of the decade', () => {
    const l = computeChartLayout(base);
    const minors = l.xTicks.filter((t) => t.label === null && t.value > 1 && t.value < 10);
    expect(minors.map((t) => t.value)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const at = (v: number) => l.xTicks.find((t) => t.value === v)!.pos;
    for (const m of minors)
      expect(m.pos).toBeCloseTo(at(1) + Math.log10(m.value) * (at(10) - at(1)), 6);
  });

  it('labels p decades as powers of ten from the floor to the top', () => {
    const l = computeChartLayout(base);
    expect(l.yTicks.map((t) => t.label)).toEqual([
      '10⁻⁸',
      '10⁻⁷',
      '10⁻⁶',
      '10⁻⁵',
      '10⁻⁴',
      '10⁻³',
      '10⁻²',
    ]);
    expect(l.yTicks[0]!.pos).toBe(l.plot.floorY);
    expect(l.yTicks.at(-1)!.pos).toBe(l.plot.top);
  });
});
