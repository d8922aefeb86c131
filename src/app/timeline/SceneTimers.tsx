import { memo } from 'react';
import type { SceneLayout, TimerBox } from './layout-types';
import type { Lane } from './scenario-types';

const BAR_H = 8;

function TimerSpanView({ t, runX, laneY }: { t: TimerBox; runX: number | null; laneY: number }) {
  const stop = t.xCut ?? t.x1;
  const fillTo = runX === null ? t.x0 : Math.min(runX, stop);
  const endX = t.x1;
  return (
    <g className={`tl-timer tl-${t.lane}`}>
      <title>{t.title}</title>
      <rect
        className="tl-timer-track"
        x={fillTo}
        y={t.y + 0.5}
        width={Math.max(0, endX - fillTo)}
        height={BAR_H - 1}
      />
      <rect
        className="tl-timer-fill"
        x={t.x0}
        y={t.y}
        width={Math.max(0, fillTo - t.x0)}
        height={BAR_H}
      />
      {!t.unlimited && (
        <line
          className="tl-timer-end tl-timer-guide"
          x1={endX}
          x2={endX}
          y1={t.lane === 'client' ? t.y : t.y + BAR_H}
          y2={laneY}
        />
      )}
      {t.unlimited && (
        <path
          className="tl-timer-end"
          d={`M${endX - 8},${t.y - 3} L${endX},${t.y + BAR_H / 2} L${endX - 8},${t.y + BAR_H + 3}`}
          fill="none"
        />
      )}
    </g>
  );
}

/** Both idle timers as spans, filled as far as they have run, with value, origin and cut. */
export const SceneTimers = memo(function SceneTimers({
  layout,
  timerX,
}: {
  layout: SceneLayout;
  timerX: Record<Lane, number | null>;
}) {
  return (
    <g className="tl-timers">
      {layout.timers.map((t) => (
        <TimerSpanView key={t.lane} t={t} runX={timerX[t.lane]} laneY={layout.lanes[t.lane].y} />
      ))}
    </g>
  );
});

/** Names and timer labels, outside the zoomed clip so they stay readable. */
export const SceneLaneLabels = memo(function SceneLaneLabels({
  layout,
  tMs,
}: {
  layout: SceneLayout;
  tMs: number;
}) {
  return (
    <g className="tl-lane-labels">
      {layout.timers.map((t) => (
        <text key={t.lane} className="tl-timer-label tl-halo" x={t.labelX} y={t.labelY}>
          <tspan className="tl-timer-name">{layout.lanes[t.lane].name}</tspan>
          <tspan className="tl-muted">
            {layout.width >= 600 ? ` (${layout.lanes[t.lane].role}) · idle timer ` : ' · '}
          </tspan>
          <tspan className="tl-timer-name">{t.label}</tspan>
          {layout.width >= 480 && <tspan className="tl-muted"> · {t.origin}</tspan>}
          {t.cutLabel && t.cutMs !== null && tMs >= t.cutMs - 1e-9 && layout.width >= 600 && (
            <tspan className="tl-muted"> · {t.cutLabel}</tspan>
          )}
        </text>
      ))}
    </g>
  );
});
