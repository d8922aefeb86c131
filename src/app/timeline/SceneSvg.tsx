import type { Ref } from 'react';
import { formatMs } from './format';
import type { Frame } from './frame';
import type { SceneLayout } from './layout-types';
import type { Lane, Scenario } from './scenario-types';
import { SceneAxis } from './SceneAxis';
import { ScenePackets } from './ScenePackets';
import { SceneLaneLabels, SceneTimers } from './SceneTimers';

const TONES = ['data', 'fin', 'request', 'rst', 'syn'] as const;

/** What the reuse meets, in words with an icon (never colour alone). */
const OUTCOME_TEXT: Record<Scenario['outcome'], string> = {
  served: '✓ served, no race',
  reset: '✕ the request meets a closed socket and is lost',
  'new-after-fin': '✓ the pool saw the FIN: a new connection, no error',
  'new-after-drop': '✓ the client dropped first: a new connection, no race',
};
const OUTCOME_SHORT: Record<Scenario['outcome'], string> = {
  served: '✓ served',
  reset: '✕ lost',
  'new-after-fin': '✓ new connection',
  'new-after-drop': '✓ no race',
};
const OUTCOME_TONE: Record<Scenario['outcome'], 'ok' | 'reset'> = {
  served: 'ok',
  reset: 'reset',
  'new-after-fin': 'ok',
  'new-after-drop': 'ok',
};

/** A side's end of the connection: solid while open, dashed once it has closed. */
function Lifeline({ layout, lane, tMs }: { layout: SceneLayout; lane: Lane; tMs: number }) {
  const { plot } = layout;
  const y = layout.lanes[lane].y;
  const closeMs = layout.scenario.closesMs[lane];
  const closed = closeMs !== null && tMs >= closeMs - 1e-9;
  const xClose = closed ? Math.min(plot.x1, Math.max(plot.x0, layout.scale.xOf(closeMs))) : plot.x1;
  return (
    <g className={`tl-lane-g tl-${lane}`} data-closed={closed ? 'true' : 'false'}>
      <line className={`tl-lifeline tl-${lane}`} x1={plot.x0} x2={xClose} y1={y} y2={y} />
      {closed && xClose < plot.x1 && (
        <line
          className={`tl-lifeline tl-closed tl-${lane}`}
          x1={xClose}
          x2={plot.x1}
          y1={y}
          y2={y}
        />
      )}
    </g>
  );
}

export interface SceneSvgProps {
  layout: SceneLayout;
  frame: Frame;
  /** Unique per instance: ids of markers and the clip path. */
  prefix: string;
  /** Draw the playhead (off for static frames and exports). */
  playhead?: boolean;
  ref?: Ref<SVGSVGElement>;
}

/** The hop scene as SVG: pure rendering of a layout and a frame (no D3 touches these nodes). */
export function SceneSvg({ layout, frame, prefix, playhead = true, ref }: SceneSvgProps) {
  const { width, height, window: w, scenario } = layout;
  const title = `${scenario.title}: ${scenario.clientName} → ${scenario.serverName}`;
  return (
    <svg
      ref={ref}
      className="tl-scene"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby={`${prefix}-title`}
      data-scenario={scenario.kind}
      data-outcome={scenario.outcome}
    >
      <title id={`${prefix}-title`}>{title}</title>
      <defs>
        <clipPath id={`${prefix}-clip`}>
          <rect
            x={layout.plot.x0 - 32}
            y={0}
            width={layout.plot.x1 - layout.plot.x0 + 64}
            height={height}
          />
        </clipPath>
        {TONES.map((tone) => (
          <marker
            key={tone}
            id={`${prefix}-arrow-${tone}`}
            viewBox="0 0 10 10"
            refX={9}
            refY={5}
            markerWidth={7}
            markerHeight={7}
            orient="auto-start-reverse"
            markerUnits="userSpaceOnUse"
          >
            <path className={`tl-arrow-${tone}`} d="M0,0 L10,5 L0,10 z" />
          </marker>
        ))}
      </defs>
      <rect className="tl-bg" width={width} height={height} />
      <text className="tl-scene-title" x={layout.plot.x0 - 30} y={16}>
        <tspan className="tl-scene-kind">{scenario.title}</tspan>
        <tspan className={`tl-scene-outcome tl-outcome-${OUTCOME_TONE[scenario.outcome]}`}>
          {' '}
          — {(width >= 560 ? OUTCOME_TEXT : OUTCOME_SHORT)[scenario.outcome]}
        </tspan>
      </text>
      <g clipPath={`url(#${prefix}-clip)`}>
        <SceneAxis layout={layout} />
        {w && (
          <g className="tl-window-g" data-window="">
            <rect
              className="tl-window"
              x={w.x0}
              y={w.y0}
              width={w.x1 - w.x0}
              height={w.y1 - w.y0}
            />
          </g>
        )}
        <Lifeline layout={layout} lane="client" tMs={frame.tMs} />
        <Lifeline layout={layout} lane="server" tMs={frame.tMs} />
        <SceneTimers layout={layout} timerX={frame.timerX} />
        <ScenePackets layout={layout} frame={frame} prefix={prefix} />
        {playhead && (
          <g className="tl-playhead-g">
            <line
              className="tl-playhead"
              x1={frame.playheadX}
              x2={frame.playheadX}
              y1={layout.plot.y0 + 52}
              y2={layout.axisY}
            />
          </g>
        )}
      </g>
      {w && (
        <text
          className="tl-window-label tl-halo"
          x={w.labelX}
          y={w.labelY}
          textAnchor={w.labelAnchor}
        >
          {w.label}
        </text>
      )}
      <SceneLaneLabels layout={layout} tMs={frame.tMs} />
      {playhead && (
        <text
          className="tl-playhead-label tl-halo"
          x={Math.min(layout.plot.x1 - 28, Math.max(layout.plot.x0 + 28, frame.playheadX))}
          y={layout.plot.y0 + 48}
          textAnchor="middle"
        >
          {formatMs(frame.tMs)}
        </text>
      )}
    </svg>
  );
}
