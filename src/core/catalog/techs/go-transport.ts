import { ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';
import type { EffectiveValue, SettingReader, TechDef } from '../types';
import { optionDefault, zeroIsUnlimited } from './effective';
import { GO_DURATION_RANGE, GO_NO_HINT, GO_RETRY } from './go-common';
import { GO_VERSIONS } from './go-http-server';
import { goDuration } from './snippet-format';

const DOC = 'https://pkg.go.dev/net/http#Transport';
const SRC = 'src: golang/go a925402b src/net/http/transport.go';

/** C for a Go Transport: 90 s for DefaultTransport (and its Clone), none for `&http.Transport{}`. */
function resolveIdle(r: SettingReader): EffectiveValue {
  if (!r.isSet('IdleConnTimeout') && r.str('transport') === 'zero')
    return optionDefault(
      'go-transport',
      'IdleConnTimeout',
      null,
      `${SRC} (zero value: 0 = no limit)`,
      'a zero-value &http.Transport{} has no idle limit',
    );
  // An explicit 0 means no limit too.
  return zeroIsUnlimited(r.num('IdleConnTimeout'));
}

/** Go `net/http.Transport` (http.Client's connection pool). Ignores Keep-Alive hints. */
export const goTransport: TechDef = {
  id: 'go-transport',
  name: 'Go net/http Transport',
  label: 'Go client',
  kind: 'client',
  versions: GO_VERSIONS,
  defaultVersion: '1.26',
  sides: 'client',
  doc: DOC,
  settings: [
    {
      key: 'transport',
      label:
        'Which Transport: http.DefaultTransport (or its Clone) or a zero-value &http.Transport{}',
      role: null,
      kind: 'enum',
      enumValues: ['default', 'zero'],
      defaults: [{ value: 'default', source: `${SRC} DefaultTransport block` }],
      doc: DOC,
      snippet: (v) =>
        v === 'zero'
          ? 'tr := &http.Transport{}'
          : 'tr := http.DefaultTransport.(*http.Transport).Clone()',
    },
    {
      key: 'IdleConnTimeout',
      label: 'Idle time before a pooled connection is closed (0 = no limit)',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'go',
      range: GO_DURATION_RANGE,
      defaults: [
        {
          value: 90_000,
          source: `${SRC} DefaultTransport block`,
          note: 'DefaultTransport; 0 (no limit) for a zero-value Transport',
        },
      ],
      doc: `${DOC}.IdleConnTimeout`,
      snippet: (v: KnownScalar) => `IdleConnTimeout: ${goDuration(v)},`,
    },
    {
      key: 'MaxIdleConnsPerHost',
      label: 'Idle connections kept per host (0 → DefaultMaxIdleConnsPerHost = 2)',
      role: null,
      kind: 'count',
      defaults: [{ value: 2, source: `${SRC} DefaultMaxIdleConnsPerHost` }],
      doc: `${DOC}.MaxIdleConnsPerHost`,
      snippet: (v) => `MaxIdleConnsPerHost: ${String(v ?? 0)},`,
    },
    {
      key: 'DisableKeepAlives',
      label: 'One request per connection',
      role: null,
      kind: 'bool',
      defaults: [{ value: false, source: `${SRC} Transport.DisableKeepAlives` }],
      doc: `${DOC}.DisableKeepAlives`,
      snippet: (v) => `DisableKeepAlives: ${v === true ? 'true' : 'false'},`,
    },
  ],
  resolve(r) {
    const idle = resolveIdle(r);
    const reuse = !r.bool('DisableKeepAlives');
    return {
      client: {
        idle,
        reuse,
        ...(reuse
          ? {}
          : { reuseNote: 'DisableKeepAlives: true opens a new connection per request' }),
        hint: GO_NO_HINT,
        finDetection: true,
        retry: GO_RETRY,
        granularityMs: ms(1),
        fixKey: 'IdleConnTimeout',
        notes:
          idle.value === null
            ? ['No idle limit: pooled connections are kept until the server closes them.']
            : [],
      },
    };
  },
};
