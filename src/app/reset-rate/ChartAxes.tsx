import type { ChartLayout } from './chart-layout';

/** Grid, axes with their ticks and titles, and the break between the log axis and 0. */
export function ChartAxes({ l }: { l: ChartLayout }) {
  const { plot } = l;
  const breakY = (plot.floorY + plot.zeroY) / 2;
  return (
    <>
      <g className="rr-grid">
        {l.xTicks.map((t) => (
          <line
            key={`x${t.value}`}
            className={t.label === null ? 'rr-grid-minor' : undefined}
            x1={t.pos}
            x2={t.pos}
            y1={plot.top}
            y2={plot.floorY}
          />
        ))}
        {l.yTicks.map((t) => (
          <line key={`y${t.value}`} x1={plot.left} x2={plot.right} y1={t.pos} y2={t.pos} />
        ))}
      </g>
      <g className="rr-axis">
        <line x1={plot.left} x2={plot.right} y1={plot.zeroY} y2={plot.zeroY} />
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={breakY - 3} />
        <line x1={plot.left} x2={plot.left} y1={breakY + 3} y2={plot.zeroY} />
        <path
          className="rr-break"
          d={`M${plot.left - 5},${breakY}l10,-4M${plot.left - 5},${breakY + 4}l10,-4`}
        />
        {l.xTicks.map((t) => (
          <g key={t.value} transform={`translate(${t.pos},${plot.zeroY})`} data-rps={t.value}>
            <line y2={t.label === null ? 3 : 6} />
            {t.label !== null && (
              <text y={18} textAnchor="middle">
                {t.label}
              </text>
            )}
          </g>
        ))}
        {l.yTicks.map((t) => (
          <g key={t.value} transform={`translate(${plot.left},${t.pos})`} data-p={t.value}>
            <line x2={-6} />
            <text x={-9} y={4} textAnchor="end">
              {t.label}
            </text>
          </g>
        ))}
        <g transform={`translate(${plot.left},${plot.zeroY})`} data-p={0}>
          <line x2={-6} />
          <text x={-9} y={4} textAnchor="end">
            0
          </text>
        </g>
        <text
          className="rr-axis-title"
          x={(plot.left + plot.right) / 2}
          y={l.height - 6}
          textAnchor="middle"
        >
          Requests per second at the client (log scale)
        </text>
        <text
          className="rr-axis-title"
          transform={`translate(14,${(plot.top + plot.zeroY) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          Loss probability per request (log)
        </text>
      </g>
    </>
  );
}
