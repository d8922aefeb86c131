import { memo } from 'react';
import type { SceneLayout } from './layout-types';

/** Zig-zag break marks where the axis changes scale. */
const breakMark = (x: number, y: number, double: boolean) =>
  double
    ? `M${x - 4},${y + 6} L${x - 1},${y - 6} M${x + 1},${y + 6} L${x + 4},${y - 6}`
    : `M${x - 1.5},${y + 4} L${x + 1.5},${y - 4}`;

/** Compressed stretches as bands with what they hide; the time axis with truthful ticks. */
export const SceneAxis = memo(function SceneAxis({ layout }: { layout: SceneLayout }) {
  const { breaks, ticks, axisY, plot } = layout;
  return (
    <g className="tl-axis">
      {breaks.map((b) => (
        <g key={`${b.x0}-${b.x1}`} className="tl-break">
          <rect
            className="tl-break-band"
            x={b.x0}
            y={plot.y0 + 50}
            width={Math.max(0, b.x1 - b.x0)}
            height={axisY - plot.y0 - 50}
          />
          <line className="tl-axis-line tl-compressed" x1={b.x0} x2={b.x1} y1={axisY} y2={axisY} />
          <path className="tl-break-mark" d={breakMark(b.x0, axisY, b.fromDetail)} />
          {b.toDetail && <path className="tl-break-mark" d={breakMark(b.x1, axisY, true)} />}
          {b.x1 - b.x0 > 30 && (
            <text
              className="tl-break-label"
              x={(b.x0 + b.x1) / 2}
              y={axisY + 28}
              textAnchor="middle"
            >
              {b.label}
            </text>
          )}
        </g>
      ))}
      {layout.segments.map((s) =>
        s.compressed ? null : (
          <line
            key={s.fromMs}
            className="tl-axis-line"
            x1={Math.max(plot.x0, layout.scale.xOf(s.fromMs))}
            x2={Math.min(plot.x1, layout.scale.xOf(s.toMs))}
            y1={axisY}
            y2={axisY}
          />
        ),
      )}
      {ticks.map((t) => (
        <g key={t.ms} className="tl-tick" data-ms={t.ms} transform={`translate(${t.x},${axisY})`}>
          <line y2={5} />
          <text y={16} textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
});
