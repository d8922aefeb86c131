import type { EventMark, PacketPath } from './layout-types';
import type { Lane, Packet, SceneEvent } from './scenario-types';

const round1 = (n: number) => Math.round(n * 10) / 10;
const CHAR_PX = 6;
/** Packet labels are 11 px semi-bold (timeline.css): up to 7.5 px per character. */
const PACKET_CHAR_PX = 7.5;
/** Room kept between a label and the scene's left edge (the text has a halo). */
const EDGE_PX = 8;
const ROW_PX = 13;

/** Lines between the lifelines, slanted by the one-way delay; labels a third of the way along. */
export function placePackets(
  packets: readonly Packet[],
  xOf: (ms: number) => number,
  y: Record<Lane, number>,
): PacketPath[] {
  return packets.map((p) => {
    const x0 = xOf(p.startMs);
    const x1 = xOf(p.endMs);
    const y0 = y[p.from];
    const y1 = y[p.to];
    const f = p.from === 'server' ? 0.28 : 0.3;
    // Server → client labels sit left of the line, unless that runs off the scene's left edge.
    const up =
      p.from === 'server' && x0 + (x1 - x0) * f - 6 - p.label.length * PACKET_CHAR_PX >= EDGE_PX;
    return {
      id: p.id,
      label: p.label,
      tone: p.tone,
      startMs: p.startMs,
      endMs: p.endMs,
      x0: round1(x0),
      y0,
      x1: round1(x1),
      y1,
      labelX: round1(x0 + (x1 - x0) * f + (up ? -6 : 6)),
      labelY: round1(y0 + (y1 - y0) * f + 4),
      anchor: up ? 'end' : 'start',
    };
  });
}

/**
 * Event markers on their lifelines; labels go above the client line and below the server line,
 * stacked in rows where they would overlap.
 */
export function placeEvents(
  events: readonly SceneEvent[],
  xOf: (ms: number) => number,
  y: Record<Lane, number>,
): EventMark[] {
  const rows: Record<Lane, [number, number][][]> = { client: [], server: [] };
  return events.map((e) => {
    const x = xOf(e.atMs);
    if (e.lane === 'wire') {
      const mid = (y.client + y.server) / 2;
      return { ...mark(e, x, mid), labelX: round1(x + 8), labelY: round1(mid + 4) };
    }
    const half = (e.label.length * CHAR_PX) / 2 + 3;
    const lanes = rows[e.lane];
    let r = lanes.findIndex((row) => row.every(([a, b]) => x + half < a || x - half > b));
    if (r < 0) r = lanes.push([]) - 1;
    lanes[r]?.push([x - half, x + half]);
    const base = y[e.lane];
    const labelY = e.lane === 'client' ? base - 10 - r * ROW_PX : base + 19 + r * ROW_PX;
    return { ...mark(e, x, base), labelX: round1(x), labelY };
  });
}

const mark = (e: SceneEvent, x: number, y: number): EventMark => ({
  id: e.id,
  atMs: e.atMs,
  lane: e.lane,
  label: e.label,
  x: round1(x),
  y,
  labelX: round1(x),
  labelY: y,
  key: e.key ?? false,
});
