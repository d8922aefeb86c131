import type { Frame } from './frame';
import type { EventMark, PacketPath, SceneLayout } from './layout-types';

const EPS = 1e-9;

function PacketView({
  p,
  f,
  prefix,
}: {
  p: PacketPath;
  f: Frame['packets'][number];
  prefix: string;
}) {
  if (f.state === 'pending') return null;
  const done = f.state === 'done';
  return (
    <g className={`tl-packet-g tl-packet-${p.id}`} data-packet={p.id}>
      <line
        className={`tl-packet tl-tone-${p.tone}`}
        x1={p.x0}
        y1={p.y0}
        x2={done ? p.x1 : f.headX}
        y2={done ? p.y1 : f.headY}
        markerEnd={done ? `url(#${prefix}-arrow-${p.tone})` : undefined}
      />
      {!done && (
        <circle className={`tl-head tl-tone-${p.tone}`} cx={f.headX} cy={f.headY} r={4.5} />
      )}
      <text
        className={`tl-packet-label tl-halo tl-tone-${p.tone}`}
        x={p.labelX}
        y={p.labelY}
        textAnchor={p.anchor}
      >
        {p.label}
      </text>
    </g>
  );
}

function EventView({ e, current, outcome }: { e: EventMark; current: boolean; outcome: string }) {
  const cls = [
    'tl-event',
    current ? 'tl-current' : '',
    e.key ? `tl-key tl-outcome-${outcome === 'reset' ? 'reset' : 'ok'}` : '',
  ].join(' ');
  const icon = e.key ? (outcome === 'reset' ? '✕ ' : '✓ ') : '';
  if (e.lane === 'wire') {
    return (
      <g className={cls} data-event={e.id}>
        <path
          className="tl-crossing"
          d={`M${e.x - 5},${e.y - 5} L${e.x + 5},${e.y + 5} M${e.x - 5},${e.y + 5} L${e.x + 5},${e.y - 5}`}
        />
        <text className="tl-halo" x={e.labelX} y={e.labelY}>
          {e.label}
        </text>
      </g>
    );
  }
  return (
    <g className={cls} data-event={e.id}>
      <circle cx={e.x} cy={e.y} r={current ? 5 : 4} />
      <text className="tl-halo" x={e.labelX} y={e.labelY} textAnchor="middle">
        {icon}
        {e.label}
      </text>
    </g>
  );
}

/** What has happened by the frame's time: packets (in flight or arrived) and event markers. */
export function ScenePackets({
  layout,
  frame,
  prefix,
}: {
  layout: SceneLayout;
  frame: Frame;
  prefix: string;
}) {
  const outcome = layout.scenario.outcome;
  return (
    <g className="tl-story">
      {layout.packets.map((p, i) => {
        const f = frame.packets[i];
        return f ? <PacketView key={p.id} p={p} f={f} prefix={prefix} /> : null;
      })}
      {layout.events.map((e) =>
        e.atMs <= frame.tMs + EPS ? (
          <EventView key={e.id} e={e} current={frame.current?.id === e.id} outcome={outcome} />
        ) : null,
      )}
    </g>
  );
}
