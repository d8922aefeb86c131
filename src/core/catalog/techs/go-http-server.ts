import { ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';
import type { SettingDef, TechDef } from '../types';
import { GO_DURATION_RANGE, resolveGoServerIdle } from './go-common';
import { goDuration } from './snippet-format';

const DOC = 'https://pkg.go.dev/net/http#Server';
const SRC = 'src: go1.19 net/http/server.go';
export const GO_VERSIONS = ['1.26', '1.25', '1.24', '1.23', '1.22', '1.21', '1.20', '1.19'];

const field = (name: string) => (v: KnownScalar) => `${name}: ${goDuration(v)},`;

const duration = (
  key: string,
  label: string,
  role: SettingDef['role'],
  lines: string,
): SettingDef => ({
  key,
  label,
  role,
  kind: 'duration',
  dialect: 'go',
  range: GO_DURATION_RANGE,
  defaults: [{ value: 0, source: `${SRC} ${lines}`, note: '0 = unset' }],
  doc: `${DOC}.${key}`,
  snippet: field(key),
});

/** Go `net/http.Server`. Sends no Keep-Alive header. */
export const goHttpServer: TechDef = {
  id: 'go-http-server',
  name: 'Go net/http Server',
  label: 'Go server',
  kind: 'app-server',
  versions: GO_VERSIONS,
  defaultVersion: '1.26',
  sides: 'server',
  doc: DOC,
  settings: [
    duration(
      'IdleTimeout',
      'Idle time before a keep-alive connection is closed (0 → ReadTimeout)',
      'server-idle',
      'L2633-2637, L3187-3192',
    ),
    duration(
      'ReadTimeout',
      'Time to read the whole request; also the idle timeout when IdleTimeout is 0',
      'request-timeout',
      '(ReadTimeout)',
    ),
    duration(
      'ReadHeaderTimeout',
      'Time to read request headers (0 → ReadTimeout)',
      null,
      'L2618-2624',
    ),
    duration('WriteTimeout', 'Time to write the response', null, '(WriteTimeout)'),
    {
      key: 'keepAlivesEnabled',
      label: 'SetKeepAlivesEnabled(false) closes every connection after its response',
      role: null,
      kind: 'bool',
      defaults: [{ value: true, source: `${SRC} SetKeepAlivesEnabled` }],
      doc: `${DOC}.SetKeepAlivesEnabled`,
      snippet: (v) => `srv.SetKeepAlivesEnabled(${v === false ? 'false' : 'true'})`,
    },
  ],
  resolve(r) {
    const idle = resolveGoServerIdle(r, 'IdleTimeout', 'ReadTimeout');
    const keepAlive = r.bool('keepAlivesEnabled');
    const notes: string[] = [];
    if (idle.origin.kind === 'fallback' && idle.value !== null)
      notes.push('IdleTimeout is unset: Go closes idle connections after ReadTimeout.');
    if (idle.value === null)
      notes.push(
        'No idle timeout: idle connections stay open until the client or a middlebox drops them.',
      );
    return {
      server: {
        idle,
        keepAlive,
        ...(keepAlive
          ? {}
          : { keepAliveNote: 'SetKeepAlivesEnabled(false): one request per connection' }),
        hint: null,
        granularityMs: ms(1),
        fixKey: 'IdleTimeout',
        notes,
      },
    };
  },
};
