import { useId, useRef } from 'react';
import { useElementWidth } from './useElementWidth';
import type { ChainReport } from '../../core/analysis/types';
import { layoutOverview, type OverviewLane, type OverviewLayout } from './overview-layout';
import { VerdictBadge } from './VerdictBadge';

export interface ChainOverviewProps {
  report: ChainReport;
  /** Called with the hop index when a lane is chosen. */
  onSelectHop: (index: number) => void;
  selectedHop?: number | undefined;
  /** Drawing width in px; default: the container's width (320–1280). */
  width?: number | undefined;
}

const LANE_H = 34;
const BAR_H = 9;

function LaneSvg({ lane, layout }: { lane: OverviewLane; layout: OverviewLayout }) {
  const { plot, infinityX } = layout;
  const hatch = `tl-hatch-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  return (
    <svg viewBox={`0 0 ${layout.width} ${LANE_H}`} aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id={hatch}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line className="tl-hatch-line" x1={0} y1={0} x2={0} y2={6} />
        </pattern>
      </defs>
      {layout.ticks.map((t) => (
        <line key={t.ms} className="tl-grid-line" x1={t.x} x2={t.x} y1={0} y2={LANE_H} />
      ))}
      {lane.mismatch && (
        <rect
          className={lane.mismatch.kind === 'risk' ? 'tl-mismatch' : 'tl-mismatch-warn'}
          x={Math.min(lane.mismatch.x0, lane.mismatch.x1)}
          y={2}
          width={Math.max(2, Math.abs(lane.mismatch.x1 - lane.mismatch.x0))}
          height={2 * BAR_H + 8}
          fill={lane.mismatch.kind === 'risk' ? `url(#${hatch})` : 'none'}
        />
      )}
      {lane.bars.map((b, i) => (
        <g key={b.side}>
          <rect
            className={`tl-bar-${b.side}${b.known ? '' : ' tl-bar-unknown'}`}
            x={plot.x0}
            y={5 + i * (BAR_H + 4)}
            width={Math.max(1, b.x1 - plot.x0)}
            height={BAR_H}
          />
          {b.unlimited && (
            <text x={infinityX + 4} y={5 + i * (BAR_H + 4) + BAR_H - 1}>
              ∞
            </text>
          )}
        </g>
      ))}
      {lane.middleboxes.map((m) => (
        <path
          key={m.label}
          className="tl-middlebox"
          d={`M${m.x},1 l5,6 l-5,6 l-5,-6 z M${m.x - 0.75},12 h1.5 v${LANE_H - 14} h-1.5 z`}
        />
      ))}
      <line className="tl-axis-end" x1={plot.x1 + 8} x2={plot.x1 + 8} y1={0} y2={LANE_H} />
      <line className="tl-grid-line" x1={infinityX} x2={infinityX} y1={0} y2={LANE_H} />
    </svg>
  );
}

function LaneText({ lane }: { lane: OverviewLane }) {
  const [c, s] = lane.bars;
  return (
    <span className="tl-lane-head">
      <strong>
        Hop {lane.index + 1}: {lane.clientName} → {lane.serverName}
      </strong>
      <VerdictBadge verdict={lane.verdict} />
      <span className="tl-lane-note">
        <span className="tl-key-client">client {c?.label}</span> ·{' '}
        <span className="tl-key-server">server {s?.label}</span>
        {lane.mismatch && <> · {lane.mismatch.label}</>}
        {lane.middleboxes.map((m) => (
          <span key={m.label}> · ◆ {m.label}</span>
        ))}
        {lane.retry && <> · {lane.retry}</>}
      </span>
    </span>
  );
}

/** All hops' idle timers on one axis; choosing a lane opens its hop scene. */
export function ChainOverview({
  report,
  onSelectHop,
  selectedHop,
  width: fixedWidth,
}: ChainOverviewProps) {
  const rootRef = useRef<HTMLElement>(null);
  const measured = useElementWidth(rootRef, 760);
  const width = fixedWidth ?? measured;
  const layout = layoutOverview(report, width);
  return (
    <section ref={rootRef} className="tl-root tl-overview" aria-label="Idle timeouts of every hop">
      <svg viewBox={`0 0 ${width} 18`} aria-hidden="true" focusable="false">
        {layout.ticks.map((t) => (
          <g key={t.ms} className="tl-tick">
            <line x1={t.x} x2={t.x} y1={12} y2={18} />
            <text x={t.x} y={10} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        <g className="tl-tick">
          <text x={layout.infinityX} y={10} textAnchor="middle">
            no limit
          </text>
        </g>
      </svg>
      <ol>
        {layout.lanes.map((lane) => (
          <li key={lane.index}>
            <button
              type="button"
              className="tl-lane"
              data-tl-hop={lane.index}
              data-tl-verdict={lane.verdict}
              aria-pressed={selectedHop === lane.index}
              aria-label={`${lane.summary} Show its race timeline.`}
              onClick={() => onSelectHop(lane.index)}
            >
              <LaneText lane={lane} />
              <LaneSvg lane={lane} layout={layout} />
            </button>
          </li>
        ))}
      </ol>
      <p className="tl-hint">
        Log scale. Bars: <span className="tl-key-client">client idle timer (C)</span> above,{' '}
        <span className="tl-key-server">server idle timer (S)</span> below; hatched: where the
        client keeps a connection the server has closed; ◆ an L4 middlebox's idle limit.
      </p>
    </section>
  );
}
