import { compareVersions } from '../../model/version';
import { ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';
import type { SettingDef, TechDef } from '../types';
import { groupDigits } from './snippet-format';

const DOC = 'https://undici.nodejs.org/#/docs/api/Client';
const SRC = 'src: undici 7eb7c8ec8f lib/dispatcher/client.js L305-309';

const option = (name: string) => (v: KnownScalar) =>
  `new Agent({ ${name}: ${typeof v === 'number' ? groupDigits(v) : String(v ?? 0)} })`;

const duration = (
  key: string,
  label: string,
  role: SettingDef['role'],
  defaults: SettingDef['defaults'],
): SettingDef => ({
  key,
  label,
  role,
  kind: 'duration',
  dialect: 'ms',
  defaults,
  doc: `${DOC}?id=parameter-clientoptions`,
  snippet: option(key),
});

/** undici (Node's global `fetch`, `undici.request`): Client/Pool/Agent options. */
export const undici: TechDef = {
  id: 'undici',
  name: 'undici / Node fetch',
  kind: 'client',
  versions: ['8.10.0', '7.0.0', '6.24.1', '6.14.1', '6.14.0', '5.28.4'],
  defaultVersion: '6.24.1',
  sides: 'client',
  doc: DOC,
  settings: [
    duration(
      'keepAliveTimeout',
      'Idle time of a pooled socket when the response carries no Keep-Alive hint',
      'client-idle',
      [{ value: 4000, source: `${SRC}; docs/docs/api/Client.md L59-67` }],
    ),
    duration('keepAliveMaxTimeout', 'Cap on an idle time taken from a Keep-Alive hint', null, [
      { value: 600_000, source: SRC },
    ]),
    duration('keepAliveTimeoutThreshold', 'Subtracted from a Keep-Alive hint', null, [
      { since: '6.14.1', value: 2000, source: 'src: undici client-h1.js L681-700; PR #3145' },
      { value: 1000, source: 'undici PR #3145: 1000 ms before v6.14.1' },
    ]),
  ],
  resolve(r) {
    const threshold = r.num('keepAliveTimeoutThreshold').value ?? 0;
    const cap = r.num('keepAliveMaxTimeout').value;
    const notes = [
      'With a Keep-Alive hint undici uses min(hint − threshold, keepAliveMaxTimeout) instead of keepAliveTimeout; a result ≤ 0 means the socket is not reused.',
    ];
    if (compareVersions(r.version, '8.5.0') >= 0)
      notes.push(
        'undici ≥ 8.5 validates an idle socket (one tick) before reuse, so an arrived FIN is noticed.',
      );
    return {
      client: {
        idle: r.num('keepAliveTimeout'),
        reuse: true,
        hint: {
          honours: true,
          marginMs: ms(threshold),
          ...(cap !== null ? { capMs: ms(cap) } : {}),
          replacesIdle: true,
          source: 'src: undici 7eb7c8ec8f lib/dispatcher/client-h1.js L681-700',
        },
        finDetection: true,
        retry: {
          policy: 'none',
          attempts: 0,
          summary:
            'an in-flight request fails with SocketError: other side closed; only queued, unsent requests are re-dispatched',
          source: 'src: undici 7eb7c8ec8f lib/dispatcher/client-h1.js L1002-1044, L1053-1080',
        },
        // client-h1.js: TIMEOUT_KEEP_ALIVE uses a native setTimeout, not the 500 ms "fast timers".
        granularityMs: ms(5),
        fixKey: 'keepAliveTimeout',
        notes,
      },
    };
  },
};
