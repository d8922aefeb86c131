import type { LogPattern } from './types';

const HAPROXY = ['haproxy'] as const;
const DOC = 'https://docs.haproxy.org/3.0/configuration.html#8.5';

const state = (
  s: string,
  rest: Pick<LogPattern, 'meaning' | 'race' | 'explanation'> & { facing?: LogPattern['facing'] },
): LogPattern => ({
  id: `haproxy/${s}`,
  source: 'haproxy-log',
  reporters: HAPROXY,
  facing: rest.facing ?? 'upstream',
  match: { kind: 'fields', format: 'haproxy', equals: { state: s } },
  meaning: rest.meaning,
  race: rest.race,
  explanation: rest.explanation,
  doc: DOC,
  verified: true,
});

/** HAProxy log termination states: 1st character who ended the session, 2nd in which phase. */
export const HAPROXY_PATTERNS: readonly LogPattern[] = [
  state('SH', {
    meaning: 'upstream-closed',
    race: true,
    explanation:
      'The server aborted before sending complete headers: on a reused idle server connection, the server had closed it (the race); also a crash.',
  }),
  state('SD', {
    meaning: 'upstream-closed-mid-response',
    race: false,
    explanation: 'The connection to the server died during the data transfer.',
  }),
  state('SC', {
    meaning: 'connect-failed',
    race: false,
    explanation: 'The server refused the connection or it could not be established.',
  }),
  state('sH', {
    meaning: 'upstream-timeout',
    race: false,
    explanation: 'timeout server expired while waiting for the response headers.',
  }),
  state('sC', {
    meaning: 'connect-failed',
    race: false,
    explanation: 'timeout connect expired.',
  }),
  state('CD', {
    meaning: 'downstream-closed',
    race: false,
    facing: 'downstream',
    explanation: 'The client aborted during the data transfer.',
  }),
  state('CH', {
    meaning: 'downstream-closed',
    race: false,
    facing: 'downstream',
    explanation: "The client aborted while waiting for the server's response headers.",
  }),
  state('CR', {
    meaning: 'downstream-closed',
    race: false,
    facing: 'downstream',
    explanation: 'The client aborted before sending a complete request.',
  }),
  state('--', {
    meaning: 'ok',
    race: false,
    explanation: 'A session that ended normally.',
  }),
];
