import type { LogPattern } from './types';

const CF = ['cloudflare'] as const;
const doc = (code: number) =>
  `https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-${code}/`;

/** A Cloudflare 52x as it shows in Logpush JSON (EdgeResponseStatus) or on its error page. */
const status = (code: number, words: string): LogPattern['match'] => ({
  kind: 'text',
  any: [
    `"EdgeResponseStatus":${code}`,
    `"EdgeResponseStatus": ${code}`,
    `Error code ${code}`,
    `${code}: ${words}`,
  ],
});

/** Cloudflare's own 52x answers: what happened between its edge and the origin. */
export const CLOUDFLARE_PATTERNS: readonly LogPattern[] = [
  {
    id: 'cloudflare/520',
    source: 'cloudflare',
    reporters: CF,
    facing: 'upstream',
    match: status(520, 'Web server is returning an unknown error'),
    meaning: 'upstream-reset',
    race: 'maybe',
    explanation:
      "The origin reset or closed the connection (or sent an empty or invalid response) after Cloudflare connected: with an origin keep-alive below Cloudflare's 900 s reuse, the race; also crashes and oversized headers.",
    doc: doc(520),
    verified: false,
  },
  {
    id: 'cloudflare/521',
    source: 'cloudflare',
    reporters: CF,
    facing: 'upstream',
    match: status(521, 'Web server is down'),
    meaning: 'connect-failed',
    race: false,
    explanation: 'The origin refused the connection.',
    doc: doc(521),
    verified: false,
  },
  {
    id: 'cloudflare/522',
    source: 'cloudflare',
    reporters: CF,
    facing: 'upstream',
    match: status(522, 'Connection timed out'),
    meaning: 'connect-failed',
    race: false,
    explanation: 'The TCP handshake with the origin timed out.',
    doc: doc(522),
    verified: true,
  },
  {
    id: 'cloudflare/523',
    source: 'cloudflare',
    reporters: CF,
    facing: 'upstream',
    match: status(523, 'Origin is unreachable'),
    meaning: 'connect-failed',
    race: false,
    explanation: 'The origin could not be reached (DNS or routing).',
    doc: doc(523),
    verified: false,
  },
  {
    id: 'cloudflare/524',
    source: 'cloudflare',
    reporters: CF,
    facing: 'upstream',
    match: status(524, 'A timeout occurred'),
    meaning: 'upstream-timeout',
    race: false,
    explanation:
      'The origin accepted the request but sent no response within the proxy read timeout (100 s).',
    doc: doc(524),
    verified: false,
  },
];
