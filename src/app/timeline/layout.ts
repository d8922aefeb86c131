import { buildBreaks, buildTicks } from './axis-ticks';
import {
  buildSegments,
  createBaseScale,
  createTimeScale,
  IDENTITY_ZOOM,
  type DetailInterval,
  type ZoomX,
} from './axis-scale';
import { tickStep } from 'd3-array';
import { formatMs, formatSpan } from './format';
import { placeEvents, placePackets } from './layout-marks';
import type { SceneLayout, TimerBox, WindowBox } from './layout-types';
import type { Lane, Scenario } from './scenario-types';

export const round1 = (n: number) => Math.round(n * 10) / 10;

/** Fixed vertical positions of the scene (px); the width is the caller's. */
export const SCENE_HEIGHT = 362;
/** A title row on top, so an exported scene says what it shows. */
const TOP = 22;
const Y = {
  clientTimer: TOP + 30,
  client: TOP + 96,
  server: TOP + 216,
  serverTimer: TOP + 268,
  axis: TOP + 306,
};
const MARGIN = { left: 44, right: 36 };

/** The axis end: past every event and timer, with a short tail. */
function findEndMs(s: Scenario): number {
  const times = [
    ...s.events.map((e) => e.atMs),
    ...s.timers.map((t) => t.endMs ?? 0),
    s.window?.endMs ?? 0,
  ];
  const last = Math.max(...times);
  const padded = last + Math.max(4 * s.physics.oneWayMs, 0.01 * last, 1);
  const step = tickStep(0, padded, 20);
  return Math.ceil(padded / step) * step;
}

function layoutTimer(
  s: Scenario,
  lane: Lane,
  xOf: (ms: number) => number,
  plotX1: number,
): TimerBox | null {
  const t = s.timers.find((tm) => tm.lane === lane);
  if (!t) return null;
  const y = lane === 'client' ? Y.clientTimer : Y.serverTimer;
  const x0 = xOf(t.startMs);
  const x1 = t.endMs === null ? plotX1 : xOf(t.endMs);
  return {
    lane,
    x0: round1(x0),
    x1: round1(x1),
    xCut: t.cutMs === undefined ? null : round1(xOf(t.cutMs)),
    cutMs: t.cutMs ?? null,
    y,
    unlimited: t.endMs === null,
    label: t.label,
    origin: t.origin,
    cutLabel: t.cutLabel ?? null,
    labelX: MARGIN.left - 30,
    labelY: lane === 'client' ? y - 8 : y + 24,
    title: `${lane === 'client' ? 'Client' : 'Server'} idle timer ${t.label} (${t.origin})`,
  };
}

function layoutWindow(s: Scenario, xOf: (ms: number) => number, plot: [number, number]) {
  const w = s.window;
  if (!w) return null;
  const a = xOf(w.startMs);
  const b = w.endMs === null ? plot[1] : xOf(w.endMs);
  const x0 = Math.max(plot[0], a);
  const x1 = Math.min(plot[1], b);
  if (x1 <= x0) return null;
  const width = w.widthMs === null ? 'until the client writes' : formatMs(w.widthMs);
  const label = `race window ${width}`;
  const fitsLeft = Math.min(x1, plot[1]) - 4 - label.length * 6.5 >= plot[0];
  const box: WindowBox = {
    x0: round1(x0),
    x1: round1(x1),
    y0: Y.client - 14,
    y1: Y.server + 14,
    label,
    labelX: round1(fitsLeft ? Math.min(x1, plot[1]) - 4 : x0 + 4),
    labelY: Y.server - 8,
    labelAnchor: fitsLeft ? 'end' : 'start',
    open: b > plot[1],
  };
  return box;
}

/**
 * Lays out a scenario on a broken time axis `width` px wide: packets in flight are drawn in
 * detail, the idle stretches between them compressed. `zoom` is d3-zoom's x transform.
 */
export function layoutScene(s: Scenario, width = 760, zoom: ZoomX = IDENTITY_ZOOM): SceneLayout {
  const plot: [number, number] = [MARGIN.left, width - MARGIN.right];
  const endMs = findEndMs(s);
  // The prologue (the last response) gets less room than the story.
  const detail = s.packets.map((p): DetailInterval => [
    p.startMs,
    p.endMs,
    p.id === 'response' ? 0.4 : 1,
  ]);
  const anchors = [
    ...s.events.map((e) => e.atMs),
    ...s.timers.flatMap((t) => [t.endMs ?? 0, t.cutMs ?? 0]),
    s.window?.startMs ?? 0,
    s.window?.endMs ?? 0,
  ];
  const segments = buildSegments(detail, anchors, endMs, s.physics.oneWayMs, plot);
  const scale = createTimeScale(segments, zoom);
  const base = createBaseScale(segments);
  const [p0, p1] = [base(0), base(s.endMs)];
  const x = scale.xOf;
  const timers = (['client', 'server'] as const)
    .map((lane) => layoutTimer(s, lane, x, plot[1]))
    .filter((t): t is TimerBox => t !== null);
  return {
    width,
    height: SCENE_HEIGHT,
    plot: { x0: plot[0], x1: plot[1], y0: TOP, y1: Y.axis },
    lanes: {
      client: { y: Y.client, name: s.clientName, role: 'client side' },
      server: { y: Y.server, name: s.serverName, role: 'server side' },
    },
    axisY: Y.axis,
    segments,
    ticks: buildTicks(segments, scale, plot),
    breaks: buildBreaks(segments, scale, plot, formatSpan),
    timers,
    window: layoutWindow(s, x, plot),
    packets: placePackets(s.packets, x, Y),
    events: placeEvents(s.events, x, Y),
    scale,
    playMs: [0, s.endMs],
    progressOf: (t) => (p1 > p0 ? Math.min(1, Math.max(0, (base(t) - p0) / (p1 - p0))) : 1),
    timeAtProgress: (p) => (p >= 1 ? s.endMs : Math.max(0, base.invert(p0 + p * (p1 - p0)))),
    scenario: s,
  };
}
