/**
 * Pure layout of the loss-rate chart (issue "Reset-rate estimate"): loss probability p against
 * request rate λ, both on log scales, for one hop now and after the fix plan, with the user's
 * traffic marked. D3 computes scales and paths; React renders the SVG (LossRateChart.tsx).
 */
import { scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { computeLossProbability, computeRaceWindow, type HopRateParams } from '../../core/race';
import { describeMs } from '../view/format';
import {
  findPeak,
  sampleLogRange,
  splitAboveFloor,
  type CurvePoint,
  type LossCurve,
} from './curve-sampling';
import { formatProbability, formatRps } from './format';
import {
  computeDecadeDomain,
  computeLogTicks,
  formatProbabilityTick,
  formatRateTick,
  powerOfTen,
  type LogTick,
} from './log-axis';

/** A hop's closed-form parameters without the rate (ms); null = the hop cannot race, p = 0. */
export type CurveParams = Omit<HopRateParams, 'rps'> | null;

export interface ChartInput {
  current: CurveParams;
  /** The same hop after the fix plan; undefined when there is no plan to compare. */
  fixed?: CurveParams | undefined;
  /** λ at the client, requests per second (> 0). */
  userRps: number;
  /** Size of the SVG in px. */
  width: number;
  height: number;
}

export interface CurveLayout {
  /** `zero`: p = 0 at every rate (no race window), drawn flat in the 0 lane under the log axis. */
  kind: 'curve' | 'zero';
  /** SVG path data (several runs where the curve dips under the axis floor). */
  path: string;
  label: { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Plot box; the log axis ends at `floorY`, p = 0 is drawn at `zeroY` (= bottom). */
  plot: { left: number; right: number; top: number; bottom: number; floorY: number; zeroY: number };
  rpsDomain: [number, number];
  pDomain: [number, number];
  xTicks: LogTick[];
  yTicks: LogTick[];
  current: CurveLayout;
  fixed: CurveLayout | null;
  marker: {
    rps: number;
    x: number;
    now: { p: number; y: number };
    after: { p: number; y: number } | null;
    label: { text: string; x: number; y: number; anchor: 'start' | 'end' };
  };
  /** The worst rate, where gaps most often land just past S (null: no peak inside the chart). */
  peak:
    | (CurvePoint & {
        x: number;
        y: number;
        label: { text: string; x: number; y: number; anchor: 'start' | 'end' };
      })
    | null;
  /** A few points for the text alternative: each decade and the user's rate. */
  table: { rps: number; now: number; after: number | null }[];
}

/** The rate axis of the issue: 0.001 to 1000 requests per second, widened to hold the user's. */
export const RPS_RANGE: readonly [number, number] = [0.001, 1000];
/** Decades of p shown under the top of the axis. */
export const P_DECADES = 6;
const SAMPLES = 241;
const ZERO_LANE_PX = 18;
const MARGIN = { left: 64, right: 18, top: 34, bottom: 46 };
/** Label font size in px (reset-rate.css sets the same). */
export const LABEL_PX = 12;

/** Rough width of a label in px (system UI fonts average about 0.55 em per character). */
export const estimateTextWidth = (text: string, px = LABEL_PX): number => text.length * px * 0.55;

type TextLabel = { text: string; x: number; anchor: 'start' | 'middle' | 'end' };

/** The horizontal extent [from, to] of a label's text, from its anchor. */
export function labelExtent(l: TextLabel): [number, number] {
  const w = estimateTextWidth(l.text);
  if (l.anchor === 'start') return [l.x, l.x + w];
  if (l.anchor === 'end') return [l.x - w, l.x];
  return [l.x - w / 2, l.x + w / 2];
}

/** True when two labels' texts share some horizontal span (with a few px to spare). */
const overlapX = (a: TextLabel, b: TextLabel): boolean => {
  const [a0, a1] = labelExtent(a);
  const [b0, b1] = labelExtent(b);
  return a0 < b1 + 4 && b0 < a1 + 4;
};

/** p(λ) of one hop; constant 0 when it cannot race. */
function toLossCurve(params: CurveParams): LossCurve | null {
  if (!params || computeRaceWindow(params) === null) return null;
  return (rps) => computeLossProbability({ ...params, rps });
}

/** Lays out the chart for one hop (px, top-left origin). */
export function computeChartLayout(input: ChartInput): ChartLayout {
  const { width, height, userRps } = input;
  const rpsDomain = computeDecadeDomain(
    Math.min(RPS_RANGE[0], userRps),
    Math.max(RPS_RANGE[1], userRps),
  );
  const now = toLossCurve(input.current);
  const after = input.fixed === undefined ? undefined : toLossCurve(input.fixed);
  const nowPoints = now ? sampleLogRange(now, rpsDomain, SAMPLES, [userRps]) : [];
  const nowPeak = now ? findPeak(now, nowPoints) : null;
  if (now && nowPeak) nowPoints.push(nowPeak);
  nowPoints.sort((a, b) => a.rps - b.rps);
  const afterPoints = after ? sampleLogRange(after, rpsDomain, SAMPLES, [userRps]) : [];

  const maxP = Math.max(0, ...nowPoints.map((p) => p.p), ...afterPoints.map((p) => p.p));
  // Headroom of at least 3× over the highest p, for the labels above the peak.
  const topK = maxP > 0 ? Math.min(0, Math.ceil(Math.log10(3 * maxP) - 1e-9)) : -3;
  const pDomain: [number, number] = [powerOfTen(topK - P_DECADES), powerOfTen(topK)];

  const plot = {
    left: MARGIN.left,
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
    floorY: height - MARGIN.bottom - ZERO_LANE_PX,
    zeroY: height - MARGIN.bottom,
  };
  const x = scaleLog().domain(rpsDomain).range([plot.left, plot.right]);
  const y = scaleLog().domain(pDomain).range([plot.floorY, plot.top]);
  /** y of p: on the log axis, at the floor when positive but too small, in the 0 lane at 0. */
  const yOf = (p: number): number => (p <= 0 ? plot.zeroY : y(Math.max(p, pDomain[0])));
  const draw = line<CurvePoint>()
    .x((d) => x(d.rps))
    .y((d) => y(d.p));
  const zeroPath = `M${plot.left},${plot.zeroY}H${plot.right}`;

  const layCurve = (f: LossCurve | null, points: CurvePoint[], name: string): CurveLayout => {
    if (!f)
      return {
        kind: 'zero',
        path: zeroPath,
        label: {
          text: `${name}: no race`,
          ...(name === 'now'
            ? { x: plot.left + 6, anchor: 'start' as const }
            : { x: plot.right - 4, anchor: 'end' as const }),
          y: plot.zeroY - 5,
        },
      };
    const runs = splitAboveFloor(f, points, pDomain[0]);
    // Labelled where it enters the chart on the left, away from the peak and the user's marker.
    const first = runs[0]?.[0] ?? { rps: rpsDomain[0], p: pDomain[0] };
    return {
      kind: 'curve',
      path: runs.map((r) => draw(r) ?? '').join(''),
      label: { text: name, x: x(first.rps) + 4, y: yOf(first.p) - 8, anchor: 'start' },
    };
  };

  const current = layCurve(now, nowPoints, 'now');
  const fixed = after === undefined ? null : layCurve(after, afterPoints, 'after the fix');
  const markerX = x(userRps);
  const pNow = now ? now(userRps) : 0;
  const pAfter = after === undefined ? null : after ? after(userRps) : 0;
  const markerText = `your traffic: ${formatRps(userRps)} req/s → ${formatProbability(pNow)} lost`;
  const markerRight = markerX + 8 + estimateTextWidth(markerText) <= plot.right;
  const markerLabel = {
    text: markerText,
    x: markerX + (markerRight ? 8 : -8),
    y: Math.max(plot.top + 12, yOf(pNow) - 8),
    anchor: markerRight ? ('start' as const) : ('end' as const),
  };
  // On the zero lane the marker's text would run into a "no race" label there: one line up.
  const laneLabels = [current, fixed].flatMap((c) => (c?.kind === 'zero' ? [c.label] : []));
  if (pNow <= 0 && laneLabels.some((l) => overlapX(l, markerLabel)))
    markerLabel.y = plot.zeroY - 5 - (LABEL_PX + 6);
  const S = input.current?.serverIdleMs;
  const decades = computeLogTicks(rpsDomain, (v) => v, formatRateTick, false).map((t) => t.value);
  const peak =
    nowPeak && S !== undefined && nowPeak.p >= pDomain[0]
      ? { ...nowPeak, x: x(nowPeak.rps), y: y(nowPeak.p) }
      : null;
  // Left of the peak and above it, where the curve never is: the full text, a short one when
  // there is no room for it, or right of the peak when there is room for neither.
  const fitsLeft = (t: string) => peak !== null && peak.x - 6 - estimateTextWidth(t) >= plot.left;
  const fullText = `peak near 1/S (S = ${S === undefined ? '' : describeMs(S)})`;
  const peakText = fitsLeft(fullText) ? fullText : 'peak ≈ 1/S';
  const peakLeft = fitsLeft(peakText);

  return {
    width,
    height,
    plot,
    rpsDomain,
    pDomain,
    xTicks: computeLogTicks(rpsDomain, x, formatRateTick, true),
    yTicks: computeLogTicks(pDomain, y, formatProbabilityTick, false),
    current,
    fixed,
    marker: {
      rps: userRps,
      x: markerX,
      now: { p: pNow, y: yOf(pNow) },
      after: pAfter === null ? null : { p: pAfter, y: yOf(pAfter) },
      label: markerLabel,
    },
    peak: peak && {
      ...peak,
      label: {
        text: peakText,
        x: peak.x + (peakLeft ? -6 : 6),
        y: Math.max(plot.top + 10, peak.y - 10),
        anchor: peakLeft ? 'end' : 'start',
      },
    },
    table: [...new Set([...decades, userRps])]
      .sort((a, b) => a - b)
      .map((rps) => ({
        rps,
        now: now ? now(rps) : 0,
        after: after === undefined ? null : after ? after(rps) : 0,
      })),
  };
}
