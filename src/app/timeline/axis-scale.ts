import { tickStep } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** A stretch of the time axis drawn linearly; `compressed` ones are the long idle stretches. */
export interface Segment {
  fromMs: number;
  toMs: number;
  /** Unzoomed pixel range. */
  x0: number;
  x1: number;
  compressed: boolean;
}

/** x-only zoom: screen x = k · base x + x (from d3-zoom). */
export interface ZoomX {
  k: number;
  x: number;
}

export const IDENTITY_ZOOM: ZoomX = { k: 1, x: 0 };

/** A stretch to draw in detail; `weight` scales its share of the detail width (1 = by duration). */
export type DetailInterval = [start: number, end: number, weight: number];

/** Merges intervals closer than `gapMs` (sorted by start); a merged one keeps the larger weight. */
function mergeIntervals(intervals: DetailInterval[], gapMs: number): DetailInterval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: DetailInterval[] = [];
  for (const [a, b, w] of sorted) {
    const last = out.at(-1);
    if (last && a - last[1] <= gapMs) {
      last[1] = Math.max(last[1], b);
      last[2] = Math.max(last[2], w);
    } else out.push([a, b, w]);
  }
  return out;
}

/** Rounds an interval outward to a round step, so the break lands on a labelled value. */
function roundOutward([a, b, w]: DetailInterval, endMs: number): DetailInterval {
  const step = tickStep(a, b, 4) / 2;
  return [Math.max(0, Math.floor(a / step) * step), Math.min(endMs, Math.ceil(b / step) * step), w];
}

/** Width of a compressed stretch: grows with the log of how much it hides (40–110 px). */
const compressedWidth = (gapMs: number, unitMs: number): number =>
  Math.min(110, Math.max(40, 36 + 16 * Math.log10(Math.max(1, gapMs / unitMs))));

/**
 * A broken time axis: the intervals where things happen (packets in flight) are drawn in detail,
 * the stretches between them compressed to a few dozen pixels each (wider the more they hide).
 * `anchors` (timer ends, window edges, events) split a compressed stretch so each lands on a
 * segment boundary. Every segment is linear, so positions and ticks stay exact; only the scale
 * changes at a break. A gap that the detail would draw narrower than compressed is not broken.
 * Pixel range [x0, x1]; `unitMs` is the detail unit (d).
 */
export function buildSegments(
  detail: DetailInterval[],
  anchors: readonly number[],
  endMs: number,
  unitMs: number,
  [x0, x1]: [number, number],
): Segment[] {
  const u = Math.max(unitMs, 0.05);
  // The axis ends are anchors: a gap to them that is not worth a break joins the detail.
  let spans = mergeIntervals(
    [
      [0, 0, 0],
      ...detail.map(([a, b, w]) => roundOutward([a - u, b + u, w], endMs)),
      [endMs, endMs, 0],
    ],
    0,
  );
  const width = x1 - x0;
  for (let pass = 0; pass < 3; pass++) {
    const cuts = collectGaps(spans, endMs);
    const compressedPx = Math.min(
      width * 0.55,
      cuts.reduce((s, g) => s + compressedWidth(g, u), 0),
    );
    const detailMs = spans.reduce((s, [a, b]) => s + (b - a), 0);
    const density = detailMs > 0 ? (width - compressedPx) / detailMs : Infinity;
    const minGap = Math.max(...cuts.map((g) => (g * density < compressedWidth(g, u) ? g : 0)), 0);
    if (minGap === 0) break;
    spans = mergeIntervals(spans, minGap);
  }
  return placeSegments(spans, anchors, endMs, u, [x0, x1]);
}

function collectGaps(spans: DetailInterval[], endMs: number): number[] {
  const gaps: number[] = [];
  let t = 0;
  for (const [a, b] of spans) {
    if (a > t) gaps.push(a - t);
    t = b;
  }
  if (endMs > t) gaps.push(endMs - t);
  return gaps;
}

interface Part {
  fromMs: number;
  toMs: number;
  compressed: boolean;
  /** Wanted width of a compressed part. */
  px: number;
  /** Share weight of a detail part. */
  weight: number;
}

/** A gap split at the anchors inside it; its log width shared by the log of each piece. */
function splitGap(
  a: number,
  b: number,
  anchors: readonly number[],
  u: number,
  room: number,
): Part[] {
  const cuts = [a, ...anchors.filter((t) => t > a + u / 10 && t < b - u / 10), b];
  const uniq = [...new Set(cuts)].sort((m, n) => m - n);
  const pieces = uniq.slice(1).map((to, i) => [uniq[i] ?? a, to] as const);
  const weights = pieces.map(([p, q]) => Math.log1p((q - p) / u));
  const total = weights.reduce((s, w) => s + w, 0) || 1;
  const px = compressedWidth(b - a, u) * room;
  return pieces.map(([p, q], i) => ({
    fromMs: p,
    toMs: q,
    compressed: true,
    weight: 0,
    px: Math.max(10, (px * (weights[i] ?? 0)) / total),
  }));
}

function placeSegments(
  spans: DetailInterval[],
  anchors: readonly number[],
  endMs: number,
  u: number,
  [x0, x1]: [number, number],
): Segment[] {
  // Narrow scenes give the compressed stretches proportionally less room.
  const room = Math.min(1, (x1 - x0) / 680);
  const parts: Part[] = [];
  let t = 0;
  for (const [a, b, w] of spans) {
    if (a > t) parts.push(...splitGap(t, a, anchors, u, room));
    if (b > a) parts.push({ fromMs: a, toMs: b, compressed: false, px: 0, weight: w });
    t = Math.max(t, b);
  }
  if (endMs > t) parts.push(...splitGap(t, endMs, anchors, u, room));
  const width = x1 - x0;
  const compressedPx = parts.reduce((s, p) => s + p.px, 0);
  const shrink = compressedPx > width * 0.55 ? (width * 0.55) / compressedPx : 1;
  const weighted = (p: Part) => (p.compressed ? 0 : (p.toMs - p.fromMs) * p.weight);
  const detailMs = parts.reduce((s, p) => s + weighted(p), 0);
  const detailPx = width - compressedPx * shrink;
  let x = x0;
  return parts.map((p) => {
    const w = p.compressed ? p.px * shrink : detailMs > 0 ? (weighted(p) / detailMs) * detailPx : 0;
    const seg = { fromMs: p.fromMs, toMs: p.toMs, compressed: p.compressed, x0: x, x1: x + w };
    x += w;
    return seg;
  });
}

/** The piecewise-linear scale of the unzoomed axis (d3 polylinear scale). */
export function createBaseScale(segments: readonly Segment[]): ScaleLinear<number, number> {
  const domain = [segments[0]?.fromMs ?? 0, ...segments.map((s) => s.toMs)];
  const range = [segments[0]?.x0 ?? 0, ...segments.map((s) => s.x1)];
  return scaleLinear().domain(domain).range(range);
}

/** Time (ms) → screen x and back, with the zoom applied. */
export interface TimeScale {
  xOf: (ms: number) => number;
  timeAt: (x: number) => number;
}

export function createTimeScale(segments: readonly Segment[], zoom: ZoomX): TimeScale {
  const base = createBaseScale(segments);
  return {
    xOf: (t) => zoom.k * base(t) + zoom.x,
    timeAt: (x) => base.invert((x - zoom.x) / zoom.k),
  };
}
