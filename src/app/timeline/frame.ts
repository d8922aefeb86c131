import type { EventMark, PacketPath, SceneLayout } from './layout-types';
import type { Lane, SceneEvent } from './scenario-types';

/** Events at exactly the frame's time count as happened (steps land on event times). */
const EPS = 1e-9;

export interface PacketFrame {
  id: PacketPath['id'];
  state: 'pending' | 'flying' | 'done';
  /** How far along its path, 0–1. */
  fraction: number;
  /** Where the packet's head is on screen. */
  headX: number;
  headY: number;
}

export interface Frame {
  tMs: number;
  /** Ids of the events that have happened, in order. */
  shown: EventMark['id'][];
  /** The latest event that has happened (null before the first). */
  current: SceneEvent | null;
  /** Index of `current` in the scenario's events (−1 before the first). */
  step: number;
  caption: string;
  packets: PacketFrame[];
  playheadX: number;
  /** How far each idle timer has run on screen (x of min(t, its cut or end)). */
  timerX: Record<Lane, number | null>;
}

/** Share of the path a packet sent at `startMs` and arriving at `endMs` has covered at `tMs`. */
export function fractionAt(startMs: number, endMs: number, tMs: number): number {
  if (tMs <= startMs) return 0;
  if (tMs >= endMs || endMs <= startMs) return 1;
  return (tMs - startMs) / (endMs - startMs);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The scene at time `tMs` (ms since the server's last write): a pure function of the layout and
 * the time, so tests and the static (reduced-motion) view set the time directly.
 */
export function frameAt(layout: SceneLayout, tMs: number): Frame {
  const { scenario, scale } = layout;
  const events = scenario.events;
  let step = -1;
  events.forEach((e, i) => {
    if (e.atMs <= tMs + EPS) step = i;
  });
  const current = events[step] ?? null;
  const packets = layout.packets.map((p): PacketFrame => {
    const fraction = fractionAt(p.startMs, p.endMs, tMs);
    const state = tMs + EPS < p.startMs ? 'pending' : fraction >= 1 ? 'done' : 'flying';
    const t = Math.min(Math.max(tMs, p.startMs), p.endMs);
    return {
      id: p.id,
      state,
      fraction,
      headX: round1(scale.xOf(t)),
      headY: round1(p.y0 + (p.y1 - p.y0) * fraction),
    };
  });
  const timerX = { client: null, server: null } as Record<Lane, number | null>;
  for (const t of scenario.timers) {
    if (tMs + EPS < t.startMs) continue;
    const stop = Math.min(t.cutMs ?? Infinity, t.endMs ?? Infinity);
    timerX[t.lane] = round1(scale.xOf(Math.min(tMs, stop)));
  }
  return {
    tMs,
    shown: events.filter((e) => e.atMs <= tMs + EPS).map((e) => e.id),
    current,
    step,
    caption: current?.caption ?? '',
    packets,
    playheadX: round1(scale.xOf(tMs)),
    timerX,
  };
}
