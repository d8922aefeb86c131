import { formatMs } from './format';
import { chooseGapMs, classifyReuse, crossingAtMs } from './physics';
import { buildStory } from './story';
import type {
  HopPhysics,
  Packet,
  Scenario,
  ScenarioKind,
  SceneEvent,
  TimerSpan,
} from './scenario-types';

/** Everything a scene needs besides the physics: names, origins and the client's error. */
export interface ScenarioInput {
  physics: HopPhysics;
  clientName: string;
  serverName: string;
  clientOrigin: string;
  serverOrigin: string;
  /** What the client reports when the RST comes back: `ECONNRESET`, or `502` from a proxy. */
  errorLabel: string;
  /** The sentence for that moment, after "<client> gets the RST: ". */
  errorSentence: string;
}

export const SCENARIO_TITLES: Record<ScenarioKind, string> = {
  served: 'Reuse well before the timeout',
  reset: 'Reuse inside the race window',
  'after-fin': 'Reuse after the FIN arrived',
  fixed: 'After the fix',
};

const f = formatMs;

function buildTimers(input: ScenarioInput, g: number): TimerSpan[] {
  const { serverIdleMs: S, clientIdleMs: C, oneWayMs: d, reactionDelayMs: delta } = input.physics;
  const outcome = classifyReuse(input.physics, g);
  const server: TimerSpan = {
    lane: 'server',
    startMs: 0,
    endMs: S,
    valueMs: S,
    label: `S = ${f(S)}`,
    origin: input.serverOrigin,
  };
  const client: TimerSpan = {
    lane: 'client',
    startMs: d,
    endMs: C === null ? null : d + C,
    valueMs: C,
    label: `C = ${f(C)}`,
    origin: input.clientOrigin,
  };
  if (outcome === 'served') {
    Object.assign(server, { cutMs: 2 * d + g, cutLabel: 'restarted by the request' });
    Object.assign(client, { cutMs: 3 * d + g, cutLabel: 'restarted by the response' });
  } else if (outcome === 'reset') {
    Object.assign(client, { cutMs: 3 * d + g, cutLabel: 'connection reset' });
  } else if (outcome === 'new-after-fin' && S !== null) {
    Object.assign(client, { cutMs: S + d + delta, cutLabel: 'dropped on the FIN' });
  } else if (outcome === 'new-after-drop' && C !== null && (S === null || C + 2 * d < S)) {
    Object.assign(server, { cutMs: C + 2 * d, cutLabel: 'closed by the client' });
  }
  return [client, server];
}

/** When each side's end of the connection is gone, by outcome. */
function findCloses(p: HopPhysics, g: number): Record<'client' | 'server', number | null> {
  const { serverIdleMs: S, clientIdleMs: C, oneWayMs: d, reactionDelayMs: delta } = p;
  switch (classifyReuse(p, g)) {
    case 'served':
      return { client: null, server: null };
    case 'reset':
      return { client: 3 * d + g, server: S };
    case 'new-after-fin':
      return { client: S === null ? null : S + d + delta, server: S };
    case 'new-after-drop':
      return { client: C === null ? null : d + C, server: C === null ? null : C + 2 * d };
  }
}

/** The prologue every scenario shares: the last response written and read. */
function buildPrologue(input: ScenarioInput): { events: SceneEvent[]; packets: Packet[] } {
  const { serverIdleMs: S, clientIdleMs: C, oneWayMs: d } = input.physics;
  const sTimer =
    S === null
      ? 'it has no idle limit'
      : `its idle timer starts (S = ${f(S)}, ${input.serverOrigin})`;
  const cTimer =
    C === null
      ? `it has no idle limit (${input.clientOrigin})`
      : `its idle timer starts (C = ${f(C)}, ${input.clientOrigin})`;
  return {
    events: [
      {
        id: 'last-write',
        atMs: 0,
        lane: 'server',
        label: 'last write',
        caption: `${input.serverName} writes the last byte of a response; ${sTimer}.`,
      },
      {
        id: 'client-read',
        atMs: d,
        lane: 'client',
        label: 'read',
        caption: `${input.clientName} reads it ${f(d)} later (one-way delay); ${cTimer}.`,
      },
    ],
    packets: [
      {
        id: 'response',
        label: 'response',
        from: 'server',
        to: 'client',
        startMs: 0,
        endMs: d,
        tone: 'data',
      },
    ],
  };
}

/**
 * The scene of one reuse on a hop: events with times (ms since the server's last write), packets
 * in flight, both idle timers and the race window. Null when the hop cannot show `kind`
 * (no reuse, no window, or — for `fixed` — the client does not drop first).
 */
export function buildScenario(input: ScenarioInput, kind: ScenarioKind): Scenario | null {
  const g = chooseGapMs(input.physics, kind);
  if (g === null) return null;
  const p = input.physics;
  const prologue = buildPrologue(input);
  const story = buildStory(input, g, crossingAtMs(p, g));
  const events = [...prologue.events, ...story.events].sort((a, b) => a.atMs - b.atMs);
  const w = p.raceWindow;
  return {
    kind,
    title: SCENARIO_TITLES[kind],
    outcome: classifyReuse(p, g),
    gapMs: g,
    physics: p,
    clientName: input.clientName,
    serverName: input.serverName,
    events,
    packets: [...prologue.packets, ...story.packets],
    timers: buildTimers(input, g),
    window: w
      ? {
          startMs: p.oneWayMs + w.startMs,
          endMs: w.endMs === null ? null : p.oneWayMs + w.endMs,
          widthMs: w.endMs === null ? null : w.endMs - w.startMs,
        }
      : null,
    closesMs: findCloses(p, g),
    endMs: events.reduce((m, e) => Math.max(m, e.atMs), 0),
  };
}
