import type { HopReport } from '../../core/analysis/types';
import { describeMs } from './format';

/** A band of idle gaps on the strip, in px from the left edge. */
export interface StripBand {
  kind: 'served' | 'fails' | 'replaced';
  x: number;
  width: number;
}

/** A marker on the strip: S (the server closes) or C (the client drops the connection). */
export interface StripMark {
  kind: 'server' | 'client';
  x: number;
  label: 'S' | 'C';
}

export interface RaceStripLayout {
  width: number;
  bands: StripBand[];
  marks: StripMark[];
  /** The client keeps idle connections without limit: the strip ends in an arrow, not in C. */
  clientUnlimited: boolean;
}

/** The failing window is a few ms next to a minute of idle: never narrower than this (px). */
export const MIN_WINDOW_PX = 3;

/**
 * The compact race of one hop along the client's idle gap before a reuse (design/race-model.md):
 * served while g < S − RTT, the race window from the report (the same numbers as the "Race
 * window" row), replaced by a new connection after a FIN-detecting client saw the close, and
 * nothing after C (the client dropped the connection first). Null when the hop cannot race or a
 * side is unknown. The axis runs from 0 to 15 % past the last of S, C and the window's end.
 */
export function layoutRaceStrip(hop: HopReport, width: number): RaceStripLayout | null {
  const s = hop.server.idleMs;
  const c = hop.client.idleMs;
  if (!hop.reuse || s === null || hop.server.unknown || hop.client.unknown) return null;
  if (hop.verdict === 'unknown') return null;
  const w = hop.raceWindow;
  const last = Math.max(s, c ?? 0, w?.endMs ?? 0);
  const domain = last * 1.15 || 1;
  const x = (ms: number) => (Math.min(ms, domain) / domain) * width;
  const end = c === null ? domain : c;
  const bands: StripBand[] = [];
  const servedEnd = Math.min(w ? w.startMs : end, end);
  bands.push({ kind: 'served', x: 0, width: x(servedEnd) });
  if (w) {
    const from = x(w.startMs);
    const to = w.endMs === null ? width : x(w.endMs);
    const widthPx = Math.max(to - from, MIN_WINDOW_PX);
    bands.push({ kind: 'fails', x: Math.min(from, width - widthPx), width: widthPx });
    if (w.endMs !== null && w.endMs < end)
      bands.push({
        kind: 'replaced',
        x: from + widthPx,
        width: Math.max(0, x(end) - from - widthPx),
      });
  }
  const marks: StripMark[] = [{ kind: 'server', x: x(s), label: 'S' }];
  if (c !== null) marks.push({ kind: 'client', x: x(c), label: 'C' });
  return { width, bands, marks, clientUnlimited: c === null };
}

/** The race window in words, as the hop details' "Race window" row says it. */
export function describeRaceWindow(hop: HopReport): string {
  const w = hop.raceWindow;
  if (!w) return '';
  return `a reuse after ${describeMs(w.startMs)} to ${w.endMs === null ? 'any later time' : describeMs(w.endMs)} of idle meets a closed connection`;
}

/** What the strip shows, for screen readers and the tooltip. */
export function describeRaceStrip(hop: HopReport): string {
  if (hop.verdict === 'unknown' || hop.client.unknown || hop.server.unknown)
    return 'No race drawn: an idle timeout on this hop is unknown.';
  if (!hop.reuse) return 'No race: connections are not reused.';
  if (hop.server.idleMs === null)
    return `No race: ${hop.server.label} never closes idle connections.`;
  const s = `${hop.server.label} closes at ${describeMs(hop.server.idleMs)}`;
  const c =
    hop.client.idleMs === null
      ? `${hop.client.label} never drops idle connections`
      : `${hop.client.label} drops them at ${describeMs(hop.client.idleMs)}`;
  if (!hop.raceWindow) return `No race window: ${c}, before ${s}.`;
  return `Race window: ${describeRaceWindow(hop)} (${s}; ${c}).`;
}
