import { describeDuration, formatDuration, ms } from '../../model/duration';
import type { SettingRange } from '../setting-range';
import type { KnownScalar } from '../../model/chain';
import type { TechDef } from '../types';

const DOC = 'https://nodejs.org/api/http.html#class-httpserver';
const RUN = 'run: Node v20.20.2 http.createServer() defaults (reference §4 Node.js http server)';

const assign = (prop: string) => (v: KnownScalar) =>
  `server.${prop} = ${v === null ? 0 : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '_')};`;

/**
 * Node hands these to socket.setTimeout, which throws ERR_OUT_OF_RANGE unless the value is "a
 * non-negative finite number" (lib/internal/timers.js getTimerDuration).
 */
const NODE_TIMER_RANGE: SettingRange = {
  negative: 'invalid',
  source: 'Node needs a non-negative finite number of ms (socket.setTimeout, ERR_OUT_OF_RANGE)',
};

/** Node.js `http` server (incl. Express, Fastify on Node's http). */
export const nodeHttpServer: TechDef = {
  id: 'node-http-server',
  name: 'Node.js http server',
  label: 'Node server',
  kind: 'app-server',
  versions: ['24.6.0', '22.22.0', '20.20.2', '18.20.8'],
  defaultVersion: '20.20.2',
  sides: 'server',
  doc: DOC,
  settings: [
    {
      key: 'server.keepAliveTimeout',
      label: 'Idle time before an inactive keep-alive socket is closed',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'ms',
      range: NODE_TIMER_RANGE,
      defaults: [{ value: 5000, source: RUN }],
      doc: `${DOC}#serverkeepalivetimeout`,
      snippet: assign('keepAliveTimeout'),
    },
    {
      key: 'server.keepAliveTimeoutBuffer',
      label:
        'Extra time added to keepAliveTimeout for the real socket timeout (an option since Node 24.6)',
      role: null,
      kind: 'duration',
      dialect: 'ms',
      range: NODE_TIMER_RANGE,
      defaults: [
        {
          since: '24.6.0',
          value: 1000,
          source: 'nodejs/node PR #59243 (e79c93a): server.keepAliveTimeoutBuffer',
        },
        {
          since: '20.18.0',
          value: 1000,
          source:
            'hard-coded HTTP_SERVER_KEEP_ALIVE_TIMEOUT_BUFFER = 1000 in lib/_http_server.js (nodejs/node, Sep 2024, replaced by PR #59243); run: v20.20.2 closes an idle socket at keepAliveTimeout + 1000 ms (npm run test:lab)',
          assumption: true,
          note: 'the first release line with the constant is not verified (20.18.0 assumed); 20.20.2 is measured',
        },
        {
          value: 0,
          source: 'no buffer before the Sep 2024 change (nodejs/node PR #52653 discussion)',
          assumption: true,
        },
      ],
      doc: `${DOC}#serverkeepalivetimeoutbuffer`,
      snippet: assign('keepAliveTimeoutBuffer'),
    },
    {
      key: 'server.headersTimeout',
      label: 'Time allowed to receive the complete request headers',
      role: 'request-timeout',
      kind: 'duration',
      dialect: 'ms',
      range: NODE_TIMER_RANGE,
      defaults: [{ value: 60000, source: RUN }],
      doc: `${DOC}#serverheaderstimeout`,
      snippet: assign('headersTimeout'),
    },
    {
      key: 'server.requestTimeout',
      label: 'Time allowed to receive the entire request',
      role: null,
      kind: 'duration',
      dialect: 'ms',
      range: NODE_TIMER_RANGE,
      defaults: [{ since: '18', value: 300000, source: RUN }],
      doc: `${DOC}#serverrequesttimeout`,
      snippet: assign('requestTimeout'),
    },
    {
      key: 'server.maxRequestsPerSocket',
      label: 'Requests per socket before Connection: close (0 = unlimited)',
      role: 'max-requests',
      kind: 'count',
      defaults: [{ value: null, source: RUN, note: '0 = unlimited (v16.10+)' }],
      doc: `${DOC}#servermaxrequestspersocket`,
      snippet: assign('maxRequestsPerSocket'),
    },
  ],
  resolve(r) {
    const written = r.num('server.keepAliveTimeout');
    // "A value of 0 will disable the keep-alive timeout behavior on incoming connections" (Node
    // docs, server.keepAliveTimeout): the connection stays reusable and is never closed for
    // being idle (no Keep-Alive header either; probed on Node 20: no close, keep-alive on).
    const noIdleLimit = written.value === 0;
    const idle = noIdleLimit ? { ...written, value: null } : written;
    const buffer = r.num('server.keepAliveTimeoutBuffer').value ?? 0;
    const notes: string[] = [];
    if (noIdleLimit)
      notes.push(
        'keepAliveTimeout 0 turns off the idle timeout (not keep-alive): idle connections stay open until the client or server.timeout closes them.',
      );
    // Node ≥ 24.6 closes after keepAliveTimeout + buffer but still advertises keepAliveTimeout.
    const s = idle.value === null ? null : idle.value + buffer;
    if (buffer > 0 && s !== null)
      notes.push(
        `Node ${r.version} closes idle sockets ${formatDuration(ms(buffer), 'ms')} ms after keepAliveTimeout (keepAliveTimeoutBuffer) but advertises keepAliveTimeout in its Keep-Alive header.`,
      );
    const hintSeconds = idle.value === null ? null : Math.floor(idle.value / 1000);
    return {
      server: {
        idle: {
          ...idle,
          value: s,
          ...(buffer > 0 && idle.value !== null
            ? {
                makeup: `keepAliveTimeout ${describeDuration(ms(idle.value))} + Node's ${describeDuration(ms(buffer))} buffer`,
              }
            : {}),
        },
        keepAlive: true,
        hint:
          hintSeconds !== null && hintSeconds > 0
            ? {
                value: hintSeconds * 1000,
                origin: idle.origin,
                setting: 'Keep-Alive: timeout (from keepAliveTimeout)',
              }
            : null,
        granularityMs: ms(5),
        maxRequests: r.num('server.maxRequestsPerSocket'),
        fixKey: 'server.keepAliveTimeout',
        notes,
      },
    };
  },
  companions(key, value, r) {
    // nodejs/node#27363: headersTimeout must exceed keepAliveTimeout behind a load balancer.
    const headers = r.num('server.headersTimeout').value;
    if (
      key === 'server.keepAliveTimeout' &&
      typeof value === 'number' &&
      headers !== null &&
      headers <= value
    )
      return [{ key: 'server.headersTimeout', value: value + 1000 }];
    return [];
  },
};
