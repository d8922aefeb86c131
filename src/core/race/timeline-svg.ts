import type { HopReport } from '../analysis/types';
import { describeDuration, ms } from '../model/duration';
import { escapeHtml } from '../report/html-escape';

const W = 640;
const H = 150;
const LEFT = 10;
const RIGHT = 630;
const idle = (v: number | null) => describeDuration(v === null ? null : ms(v));

/**
 * One hop's race as an SVG timeline (a pure string, for the HTML report): the client's idle limit
 * C, the server's close at S, and the race window from the race model (hop.raceWindow: idle gaps
 * that meet a closed connection), on an axis of idle time since the last response.
 */
export function renderRaceSvg(hop: HopReport, title: string): string {
  const s = hop.server.unknown ? null : hop.server.idleMs;
  const c = hop.client.unknown ? null : hop.client.idleMs;
  const w = hop.raceWindow;
  const finite = [s, c, w?.endMs ?? null].filter((v): v is number => v !== null && v > 0);
  const span = Math.max(...finite, 1000) * 1.2;
  const x = (t: number) => LEFT + (Math.min(t, span) / span) * (RIGHT - LEFT);
  const parts: string[] = [
    `<text x="${LEFT}" y="16" font-size="13" font-weight="600">${escapeHtml(title)}</text>`,
  ];
  if (w) {
    const x0 = x(w.startMs);
    const x1 = w.endMs === null ? RIGHT : x(w.endMs);
    parts.push(
      `<rect x="${x0.toFixed(1)}" y="26" width="${Math.max(3, x1 - x0).toFixed(1)}" height="84" fill="#d93025" fill-opacity="0.25" stroke="#d93025"/>`,
      `<text x="${Math.min(x0, RIGHT - 200).toFixed(1)}" y="124" font-size="11" fill="#b3261e">race window ${idle(w.startMs)} – ${w.endMs === null ? 'no end' : idle(w.endMs)}</text>`,
    );
  }
  const bar = (y: number, end: number | null, colour: string, text: string) => {
    const x1 = end === null ? RIGHT : x(end);
    parts.push(
      `<rect x="${LEFT}" y="${y}" width="${(x1 - LEFT).toFixed(1)}" height="14" fill="${colour}" rx="2"/>`,
      // A white halo keeps the label legible where the race window crosses it.
      `<text x="${LEFT + 4}" y="${y + 26}" font-size="11" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeHtml(text)}</text>`,
    );
    if (end !== null)
      parts.push(
        `<line x1="${x1.toFixed(1)}" y1="${y - 3}" x2="${x1.toFixed(1)}" y2="${y + 17}" stroke="#202124" stroke-width="2"/>`,
      );
  };
  bar(32, c, '#8ab4f8', `${hop.client.label} reuses an idle connection for up to ${idle(c)} (C)`);
  bar(74, s, '#a8dab5', `${hop.server.label} closes it after ${idle(s)} idle (S)`);
  parts.push(
    `<line x1="${LEFT}" y1="134" x2="${RIGHT}" y2="134" stroke="#5f6368"/>`,
    `<text x="${LEFT}" y="147" font-size="10" fill="#5f6368">0</text>`,
    `<text x="${RIGHT}" y="147" font-size="10" fill="#5f6368" text-anchor="end">${idle(span)} idle since the last response</text>`,
  );
  if (!w)
    parts.push(
      `<text x="${RIGHT}" y="124" font-size="11" fill="#188038" text-anchor="end">no race window: the client drops the connection first</text>`,
    );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${escapeHtml(title)}" font-family="system-ui, sans-serif">${parts.join('')}</svg>`;
}
