import type { HopReport } from '../../core/analysis/types';
import { describeRaceStrip, layoutRaceStrip } from '../view/race-strip';

const HEIGHT = 30;
const BAR_Y = 9;
const BAR_H = 8;

/**
 * A hop's race at a glance, along the client's idle gap before a reuse: green while a reuse is
 * served, red in the race window, grey where the client notices the close and opens a new
 * connection; S and C marked. Nothing for a hop that cannot race or has an unknown side.
 */
export function RaceStrip({ hop, width }: { hop: HopReport; width: number }) {
  const layout = layoutRaceStrip(hop, width);
  if (!layout) return null;
  const label = describeRaceStrip(hop);
  return (
    <svg
      className="race-strip"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      width={width}
      height={HEIGHT}
      data-race-window={hop.raceWindow ? 'yes' : 'no'}
    >
      <line
        className="race-strip-axis"
        x1={0}
        x2={width}
        y1={BAR_Y + BAR_H / 2}
        y2={BAR_Y + BAR_H / 2}
      />
      {layout.bands.map((b) => (
        <rect
          key={b.kind}
          className={`race-strip-${b.kind}`}
          x={b.x}
          y={BAR_Y}
          width={b.width}
          height={BAR_H}
        />
      ))}
      {layout.marks.map((m) => (
        <g key={m.kind} className={`race-strip-mark race-strip-${m.kind}`}>
          <line x1={m.x} x2={m.x} y1={BAR_Y - 2} y2={BAR_Y + BAR_H + 2} />
          {/* S above the bar, C below: a tie or a thin margin never overlaps the letters. */}
          <text
            x={Math.min(Math.max(m.x, 4), width - 4)}
            y={m.kind === 'server' ? 7 : HEIGHT - 1}
            textAnchor="middle"
          >
            {m.label}
          </text>
        </g>
      ))}
      {layout.clientUnlimited ? (
        <text className="race-strip-infinity" x={width - 1} y={HEIGHT - 1} textAnchor="end">
          C ∞
        </text>
      ) : null}
    </svg>
  );
}
