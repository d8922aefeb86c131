import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseTick } from './format';
import { layoutScene } from './layout';
import { placePackets } from './layout-marks';
import type { SceneLayout } from './layout-types';
import { buildAlbNodeScenes } from './test-scenes';

const scenes = buildAlbNodeScenes();
const reset = layoutScene(scenes.reset, 760);

const density = (l: SceneLayout, compressed: boolean) =>
  l.segments
    .filter((s) => s.compressed === compressed)
    .map((s) => (s.x1 - s.x0) / (s.toMs - s.fromMs));

/** Ticks are in order, inside the plot, and each label is its own time at its own x. */
function expectTruthfulTicks(l: SceneLayout) {
  expect(l.ticks.length).toBeGreaterThan(2);
  for (let i = 1; i < l.ticks.length; i++) {
    expect(l.ticks[i]!.x).toBeGreaterThan(l.ticks[i - 1]!.x);
    expect(l.ticks[i]!.ms).toBeGreaterThan(l.ticks[i - 1]!.ms);
  }
  for (const t of l.ticks) {
    expect(parseTick(t.label)).toBeCloseTo(t.ms, 9);
    expect(Math.abs(l.scale.xOf(t.ms) - t.x)).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(t.x).toBeGreaterThanOrEqual(l.plot.x0 - 0.5);
    expect(t.x).toBeLessThanOrEqual(l.plot.x1 + 0.5);
  }
}

describe('the broken axis of the reset scene (S = 5 s, d = 0.5 ms, window 16 ms)', () => {
  it('covers the plot from 0 to past the client timeout, segments contiguous', () => {
    const segs = reset.segments;
    expect(segs[0]).toMatchObject({ fromMs: 0, x0: 44 });
    expect(segs.at(-1)?.x1).toBeCloseTo(724, 6);
    expect(segs.at(-1)!.toMs).toBeGreaterThan(60_000.5);
    for (let i = 1; i < segs.length; i++) {
      expect(segs[i]!.fromMs).toBe(segs[i - 1]!.toMs);
      expect(segs[i]!.x0).toBeCloseTo(segs[i - 1]!.x1, 9);
    }
  });

  it('draws the race in detail and compresses the idle stretch', () => {
    const story = reset.segments.find(
      (s) => !s.compressed && s.fromMs <= 5000 && s.toMs >= 5001.25,
    );
    expect(story).toBeDefined();
    // The 4.999 s idle stretch takes less room than the 2 ms race.
    const idle = reset.segments.find((s) => s.compressed && s.fromMs < 100 && s.toMs > 4000);
    expect(idle!.x1 - idle!.x0).toBeLessThan(story!.x1 - story!.x0);
    // Every compressed stretch is denser than every detail stretch.
    expect(Math.max(...density(reset, true))).toBeLessThan(Math.min(...density(reset, false)));
    // The FIN is visibly slanted: its 0.5 ms flight spans tens of pixels.
    const fin = reset.packets.find((p) => p.id === 'fin')!;
    expect(fin.x1 - fin.x0).toBeGreaterThan(40);
    expect([fin.y0, fin.y1]).toEqual([reset.lanes.server.y, reset.lanes.client.y]);
  });

  it('maps S, the window edges and the events to where they are drawn', () => {
    const x = reset.scale.xOf;
    expect(reset.timers.find((t) => t.lane === 'server')?.x1).toBeCloseTo(x(5000), 1);
    expect(reset.window?.x0).toBeCloseTo(x(4999.5), 1);
    expect(reset.window?.x1).toBeCloseTo(x(5015.5), 1);
    expect(reset.window?.label).toBe('race window 16 ms');
    expect(x(4999.5)).toBeLessThan(x(5000));
    expect(x(5015.5)).toBeGreaterThan(x(5001.25));
    const error = reset.events.find((e) => e.id === 'error')!;
    expect(error.x).toBeCloseTo(x(5001.25), 1);
    expect(error.y).toBe(reset.lanes.client.y);
    const rst = reset.packets.find((p) => p.id === 'rst')!;
    expect([rst.x0, rst.x1]).toEqual([
      Math.round(x(5000.75) * 10) / 10,
      Math.round(x(5001.25) * 10) / 10,
    ]);
  });

  it('has truthful ticks, and labels the detail in half milliseconds', () => {
    expectTruthfulTicks(reset);
    const labels = reset.ticks.map((t) => t.label);
    expect(labels).toContain('5000 ms');
    expect(labels).toContain('5000.5 ms');
  });

  it('the break labels say what each compressed stretch hides', () => {
    expect(reset.breaks[0]).toMatchObject({ label: '≈ 5 s' });
    expect(reset.breaks.some((b) => b.label === '13.75 ms')).toBe(true);
  });

  it('runs playback at a steady pace across the axis', () => {
    expect(reset.progressOf(0)).toBe(0);
    expect(reset.progressOf(5001.25)).toBe(1);
    expect(reset.timeAtProgress(reset.progressOf(5000.375))).toBeCloseTo(5000.375, 9);
    expect(reset.progressOf(5000)).toBeGreaterThan(0.3);
  });
});

const zoomArb = fc.record({
  k: fc.double({ min: 1, max: 2000, noNaN: true }),
  f: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('at any zoom, on every scene', () => {
  fcTest.prop([
    fc.constantFrom(...Object.values(scenes)),
    zoomArb,
    fc.integer({ min: 320, max: 1400 }),
  ])('the scale is monotonic and invertible, the ticks truthful', (scenario, { k, f }, width) => {
    const base = layoutScene(scenario, width);
    // d3-zoom's translate extent (the plot) keeps it covered: k·x0 + x ≤ x0, k·x1 + x ≥ x1.
    const { x0, x1 } = base.plot;
    const l = layoutScene(scenario, width, { k, x: x0 * (1 - k) + f * (x1 - x0) * (1 - k) });
    const end = base.segments.at(-1)!.toMs;
    const ts = [0, 0.1, 1, 999.9, 4999.5, 5000.25, 5015.5, 60000.5, end].filter((t) => t <= end);
    for (let i = 1; i < ts.length; i++)
      expect(l.scale.xOf(ts[i]!)).toBeGreaterThan(l.scale.xOf(ts[i - 1]!));
    for (const t of ts) expect(l.scale.timeAt(l.scale.xOf(t))).toBeCloseTo(t, 6);
    if (l.ticks.length > 0) {
      for (const t of l.ticks) expect(parseTick(t.label)).toBeCloseTo(t.ms, 9);
      for (let i = 1; i < l.ticks.length; i++)
        expect(l.ticks[i]!.ms).toBeGreaterThan(l.ticks[i - 1]!.ms);
      for (const t of l.ticks)
        expect(Math.abs(l.scale.xOf(t.ms) - t.x)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
    // Zoomed in, the visible part still gets ticks.
    expect(l.ticks.length).toBeGreaterThanOrEqual(1);
  });

  it('zoomed 200× on the race, the ticks resolve microseconds truthfully', () => {
    const base = layoutScene(scenes.reset, 760);
    const fin = base.packets.find((p) => p.id === 'fin')!;
    const k = 200;
    const l = layoutScene(scenes.reset, 760, { k, x: 380 - k * fin.x0 });
    expectTruthfulTicks(l);
    const steps = l.ticks.slice(1).map((t, i) => t.ms - l.ticks[i]!.ms);
    expect(Math.min(...steps)).toBeLessThan(0.01);
  });
});

describe('packet labels', () => {
  // 11 px semi-bold text is up to 7.5 px a character: a label put left of its line must fit
  // there, with room for its halo.
  it('a server → client label left of its line never runs off the scene', () => {
    for (let x0 = 0; x0 <= 200; x0 += 0.5)
      for (const span of [1, 10, 43, 120]) {
        const [p] = placePackets(
          [
            {
              id: 'response',
              label: 'response',
              tone: 'data',
              from: 'server',
              to: 'client',
              startMs: x0,
              endMs: x0 + span,
            },
          ],
          (ms) => ms,
          { client: 40, server: 160 },
        );
        // (labelX is rounded to 0.1 px)
        if (p?.anchor === 'end')
          expect(p.labelX - 'response'.length * 7.5).toBeGreaterThanOrEqual(7.9);
      }
  });
});
