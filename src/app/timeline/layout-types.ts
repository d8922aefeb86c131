import type { Break, Tick } from './axis-ticks';
import type { Segment, TimeScale } from './axis-scale';
import type { EventId, Lane, Packet, PacketTone, Scenario } from './scenario-types';

export interface TimerBox {
  lane: Lane;
  x0: number;
  /** End of the span on screen (the plot's edge when the side has no limit). */
  x1: number;
  /** Where (and when) the timer stopped early, if it did. */
  xCut: number | null;
  cutMs: number | null;
  y: number;
  unlimited: boolean;
  label: string;
  origin: string;
  cutLabel: string | null;
  labelX: number;
  labelY: number;
  /** The full text for a tooltip. */
  title: string;
}

export interface PacketPath {
  id: Packet['id'];
  label: string;
  tone: PacketTone;
  startMs: number;
  endMs: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

export interface EventMark {
  id: EventId;
  atMs: number;
  lane: Lane | 'wire';
  label: string;
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  key: boolean;
}

export interface WindowBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  label: string;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
  /** The window runs past the visible plot. */
  open: boolean;
}

/** Everything the scene draws, in screen pixels rounded to 0.1 px. */
export interface SceneLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  lanes: Record<Lane, { y: number; name: string; role: string }>;
  axisY: number;
  segments: Segment[];
  ticks: Tick[];
  breaks: Break[];
  timers: TimerBox[];
  window: WindowBox | null;
  packets: PacketPath[];
  events: EventMark[];
  /** Time ↔ screen x at the current zoom (not serialised). */
  scale: TimeScale;
  /** The time range playback runs over. */
  playMs: [number, number];
  /**
   * Playback moves at a steady pace across the unzoomed axis, not in real time (the idle stretch
   * is 10⁴ times the window): progress 0–1 ↔ time in ms.
   */
  progressOf: (tMs: number) => number;
  timeAtProgress: (p: number) => number;
  scenario: Scenario;
}
