import { formatMs as f } from './format';
import { classifyReuse } from './physics';
import type { ScenarioInput } from './scenario';
import type { Packet, SceneEvent } from './scenario-types';

interface Story {
  events: SceneEvent[];
  packets: Packet[];
}

/** The server's timer fires: FIN sent and its arrival at the client. */
function buildFin(input: ScenarioInput, S: number): Story {
  const d = input.physics.oneWayMs;
  const watch = input.physics.finDetection
    ? ''
    : ` It does not watch idle connections: it finds out only when it writes.`;
  return {
    events: [
      {
        id: 'fin-sent',
        atMs: S,
        lane: 'server',
        label: 'FIN sent',
        caption: `${f(S)} after its last write, ${input.serverName}'s idle timer fires: it closes the connection and sends a FIN.`,
      },
      {
        id: 'fin-arrives',
        atMs: S + d,
        lane: 'client',
        label: 'FIN arrives',
        caption: `The FIN reaches ${input.clientName}'s host ${f(d)} later.${watch}`,
      },
    ],
    packets: [
      {
        id: 'fin',
        label: 'FIN',
        from: 'server',
        to: 'client',
        startMs: S,
        endMs: S + d,
        tone: 'fin',
      },
    ],
  };
}

/** Why the client still sends on a connection the server has closed. */
function describeBlindReuse(input: ScenarioInput, g: number, S: number): string {
  const { oneWayMs: d, reactionDelayMs: delta, finDetection } = input.physics;
  const head = `After ${f(g)} idle, ${input.clientName} reuses the connection`;
  if (d + g < S)
    return `${head}: the server has not closed yet, but will before the request arrives.`;
  if (d + g < S + d) return `${head}: the FIN is already on its way but has not arrived.`;
  if (finDetection)
    return `${head}: the FIN arrived ${f(d + g - S - d)} ago, but its pool has not noticed yet (reaction delay δ = ${f(delta)}).`;
  return `${head}: the FIN arrived, but it does not check idle connections before writing.`;
}

function buildReset(input: ScenarioInput, g: number, S: number, crossing: number | null): Story {
  const d = input.physics.oneWayMs;
  const fin = buildFin(input, S);
  const events: SceneEvent[] = [
    ...fin.events,
    {
      id: 'request-leaves',
      atMs: d + g,
      lane: 'client',
      label: 'reuses it',
      caption: describeBlindReuse(input, g, S),
    },
    {
      id: 'request-arrives',
      atMs: 2 * d + g,
      lane: 'server',
      label: 'closed → RST',
      caption: `The request reaches ${input.serverName} ${f(2 * d + g - S)} after it closed: the socket is gone, so its kernel answers with a RST.`,
    },
    {
      id: 'error',
      atMs: 3 * d + g,
      lane: 'client',
      label: input.errorLabel,
      caption: `${input.clientName} gets the RST: ${input.errorSentence}`,
      key: true,
    },
  ];
  if (crossing !== null)
    events.push({
      id: 'crossing',
      atMs: crossing,
      lane: 'wire',
      label: 'crossing',
      caption:
        'The FIN and the request cross on the wire: each side acts on news the other has not received yet.',
    });
  const packets: Packet[] = [
    ...fin.packets,
    {
      id: 'request',
      label: 'request',
      from: 'client',
      to: 'server',
      startMs: d + g,
      endMs: 2 * d + g,
      tone: 'request',
    },
    {
      id: 'rst',
      label: 'RST',
      from: 'server',
      to: 'client',
      startMs: 2 * d + g,
      endMs: 3 * d + g,
      tone: 'rst',
    },
  ];
  return { events, packets };
}

function buildServed(input: ScenarioInput, g: number): Story {
  const { oneWayMs: d, serverIdleMs: S } = input.physics;
  const left = S === null ? '' : `, ${f(S - 2 * d - g)} before its idle timer would fire`;
  return {
    events: [
      {
        id: 'request-leaves',
        atMs: d + g,
        lane: 'client',
        label: 'reuses it',
        caption: `After ${f(g)} idle, ${input.clientName} reuses the connection: the request leaves.`,
      },
      {
        id: 'request-arrives',
        atMs: 2 * d + g,
        lane: 'server',
        label: 'served',
        caption: `The request reaches ${input.serverName}${left}: it is served, and its idle timer starts again from the reply.`,
      },
      {
        id: 'response-arrives',
        atMs: 3 * d + g,
        lane: 'client',
        label: 'response',
        caption: `The response arrives; ${input.clientName}'s idle timer starts again. No race: the reuse came well before the timeout.`,
        key: true,
      },
    ],
    packets: [
      {
        id: 'request',
        label: 'request',
        from: 'client',
        to: 'server',
        startMs: d + g,
        endMs: 2 * d + g,
        tone: 'request',
      },
      {
        id: 'reply',
        label: 'response',
        from: 'server',
        to: 'client',
        startMs: 2 * d + g,
        endMs: 3 * d + g,
        tone: 'data',
      },
    ],
  };
}

/** The request comes after the pool dropped the connection: a new one, no error. */
function buildNewConnection(input: ScenarioInput, g: number, why: string): Story {
  const d = input.physics.oneWayMs;
  return {
    events: [
      {
        id: 'new-connection',
        atMs: d + g,
        lane: 'client',
        label: 'new connection',
        caption: `After ${f(g)} idle a request comes: ${why}, so ${input.clientName} opens a new connection. No error — the cost is one handshake.`,
      },
      {
        id: 'syn-arrives',
        atMs: 2 * d + g,
        lane: 'server',
        label: 'accepted',
        caption: `The new connection reaches ${input.serverName}, which accepts it: the request will be served.`,
        key: true,
      },
    ],
    packets: [
      {
        id: 'syn',
        label: 'SYN (new connection)',
        from: 'client',
        to: 'server',
        startMs: d + g,
        endMs: 2 * d + g,
        tone: 'syn',
      },
    ],
  };
}

function buildAfterFin(input: ScenarioInput, g: number, S: number): Story {
  const { oneWayMs: d, reactionDelayMs: delta } = input.physics;
  const fin = buildFin(input, S);
  const notice: SceneEvent = {
    id: 'client-notices',
    atMs: S + d + delta,
    lane: 'client',
    label: 'drops it',
    caption: `${f(delta)} later (reaction delay δ) ${input.clientName}'s pool notices the FIN and drops the connection.`,
  };
  const next = buildNewConnection(input, g, 'the pool has no idle connection left');
  return {
    events: [...fin.events, notice, ...next.events],
    packets: [...fin.packets, ...next.packets],
  };
}

function buildClientDrop(input: ScenarioInput, g: number, C: number): Story {
  const { oneWayMs: d, serverIdleMs: S } = input.physics;
  const before =
    S === null
      ? 'it has no idle limit of its own'
      : `${f(S - C - 2 * d)} before its own timer would fire`;
  const next = buildNewConnection(input, g, 'the pool has no idle connection left');
  return {
    events: [
      {
        id: 'client-drops',
        atMs: d + C,
        lane: 'client',
        label: 'drops (FIN)',
        caption: `${f(C)} after its last read, ${input.clientName}'s idle timer fires first: it closes the connection and sends a FIN.`,
      },
      {
        id: 'server-gets-fin',
        atMs: C + 2 * d,
        lane: 'server',
        label: 'closes too',
        caption: `${input.serverName} receives the FIN and closes its side — ${before}. Nothing is left to race.`,
      },
      ...next.events,
    ],
    packets: [
      {
        id: 'client-fin',
        label: 'FIN',
        from: 'client',
        to: 'server',
        startMs: d + C,
        endMs: C + 2 * d,
        tone: 'fin',
      },
      ...next.packets,
    ],
  };
}

/** The events after the prologue, by what the reuse at gap g meets. */
export function buildStory(input: ScenarioInput, g: number, crossing: number | null): Story {
  const { serverIdleMs: S, clientIdleMs: C } = input.physics;
  switch (classifyReuse(input.physics, g)) {
    case 'served':
      return buildServed(input, g);
    case 'reset':
      return buildReset(input, g, S ?? 0, crossing);
    case 'new-after-fin':
      return buildAfterFin(input, g, S ?? 0);
    case 'new-after-drop':
      return buildClientDrop(input, g, C ?? 0);
  }
}
