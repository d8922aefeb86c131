import { tickStep, ticks as d3Ticks } from 'd3-array';
import type { Segment, TimeScale } from './axis-scale';
import { formatTick } from './format';

export interface Tick {
  ms: number;
  /** Screen x, rounded to 0.1 px. */
  x: number;
  label: string;
}

/** A compressed stretch as drawn: its screen range and what it hides. */
export interface Break {
  x0: number;
  x1: number;
  /** The time it spans, e.g. `≈ 5 s`. */
  label: string;
  /** The scale changes from detail to compressed here (a double mark); else between two
   * compressed stretches (a single mark). */
  fromDetail: boolean;
  /** The next stretch is drawn in detail: a double mark at the end too. */
  toDetail: boolean;
}

const LABEL_CHAR_PX = 5.6;
const labelWidth = (label: string) => label.length * LABEL_CHAR_PX + 8;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** The part of a segment on screen, in screen px and ms, or null when it is off screen. */
function visiblePart(seg: Segment, scale: TimeScale, [p0, p1]: [number, number]) {
  const sx0 = Math.max(p0, scale.xOf(seg.fromMs));
  const sx1 = Math.min(p1, scale.xOf(seg.toMs));
  if (sx1 - sx0 < 1) return null;
  return {
    sx0,
    sx1,
    a: Math.max(seg.fromMs, scale.timeAt(sx0)),
    b: Math.min(seg.toMs, scale.timeAt(sx1)),
  };
}

/**
 * Ticks for the visible axis, made per segment (each is linear) from its visible part, so they
 * stay true at any zoom: a tick's label is its time to the tick step's precision and its x is
 * exactly `xOf(ms)`. Detail segments win over compressed ones where labels would overlap.
 * Sorted by x.
 */
export function buildTicks(
  segments: readonly Segment[],
  scale: TimeScale,
  plot: [number, number],
): Tick[] {
  const candidates: (Tick & { rank: number })[] = [];
  for (const seg of segments) {
    const part = visiblePart(seg, scale, plot);
    if (!part) continue;
    const count = Math.floor((part.sx1 - part.sx0) / (seg.compressed ? 70 : 75));
    if (count < 1 && part.sx1 - part.sx0 < 30) continue;
    const { step, values } = fitTicks(part, Math.max(1, count), scale);
    for (const ms of values) {
      if (ms < seg.fromMs || ms > seg.toMs) continue;
      candidates.push({
        ms,
        x: round1(scale.xOf(ms)),
        label: formatTick(ms, step),
        rank: seg.compressed ? 1 : 0,
      });
    }
  }
  if (candidates.length === 0) candidates.push(...buildFallbackTick(segments, scale, plot));
  candidates.sort((a, b) => a.rank - b.rank);
  const kept: Tick[] = [];
  for (const c of candidates) {
    const w = labelWidth(c.label);
    const clash = kept.some(
      (k) => k.ms === c.ms || Math.abs(k.x - c.x) < (w + labelWidth(k.label)) / 2,
    );
    const inside = c.x - w / 2 >= plot[0] - 40 && c.x + w / 2 <= plot[1] + 34;
    if (!clash && inside && c.x >= plot[0] - 0.5 && c.x <= plot[1] + 0.5)
      kept.push({ ms: c.ms, x: c.x, label: c.label });
  }
  return kept.sort((a, b) => a.x - b.x);
}

/** d3's ticks for a segment, thinned until their labels fit between them. */
function fitTicks(
  part: { a: number; b: number },
  count: number,
  scale: TimeScale,
): { step: number; values: number[] } {
  for (let n = count; ; n--) {
    const step = tickStep(part.a, part.b, Math.max(1, n));
    const values = d3Ticks(part.a, part.b, Math.max(1, n));
    const widest = Math.max(0, ...values.map((v) => labelWidth(formatTick(v, step))));
    const gap =
      values.length > 1
        ? Math.abs(scale.xOf(values[1] ?? 0) - scale.xOf(values[0] ?? 0))
        : Infinity;
    if (gap >= widest + 4 || n <= 1) return { step, values };
  }
}

/** One round tick near the middle of the view, for views too narrow for d3's ticks. */
function buildFallbackTick(
  segments: readonly Segment[],
  scale: TimeScale,
  plot: [number, number],
): (Tick & { rank: number })[] {
  const a = Math.max(0, scale.timeAt(plot[0]));
  const b = Math.min(segments.at(-1)?.toMs ?? 0, scale.timeAt(plot[1]));
  const step = tickStep(a, b, 10);
  const ms = Math.round((a + b) / 2 / step) * step;
  const x = scale.xOf(ms);
  const last = segments.at(-1);
  if (!(step > 0) || ms < 0 || (last && ms > last.toMs) || x < plot[0] || x > plot[1]) return [];
  return [{ ms, x: round1(x), label: formatTick(ms, step), rank: 2 }];
}

/** The compressed stretches on screen, with the time each hides. */
export function buildBreaks(
  segments: readonly Segment[],
  scale: TimeScale,
  plot: [number, number],
  formatDuration: (ms: number) => string,
): Break[] {
  const out: Break[] = [];
  segments.forEach((seg, i) => {
    if (!seg.compressed) return;
    const part = visiblePart(seg, scale, plot);
    if (!part) return;
    out.push({
      x0: round1(part.sx0),
      x1: round1(part.sx1),
      label: formatDuration(seg.toMs - seg.fromMs),
      fromDetail: i === 0 || segments[i - 1]?.compressed === false,
      toDetail: segments[i + 1]?.compressed === false,
    });
  });
  return out;
}
