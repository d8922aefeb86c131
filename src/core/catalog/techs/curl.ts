import { ms } from '../../model/duration';
import type { TechDef } from '../types';
import { wholeSeconds } from './snippet-format';

const DOC = 'https://curl.se/libcurl/c/CURLOPT_MAXAGE_CONN.html';
const SRC = 'src: curl 5c61e16869';

/** curl / libcurl connection cache. */
export const curl: TechDef = {
  id: 'curl',
  name: 'curl / libcurl',
  kind: 'client',
  versions: ['8.22.0', '8.0.0', '7.80.0', '7.65.0', '7.64.0'],
  defaultVersion: '8.22.0',
  sides: 'client',
  doc: DOC,
  settings: [
    {
      key: 'CURLOPT_MAXAGE_CONN',
      label: 'Idle time of a cached connection, seconds',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [
        {
          since: '7.65.0',
          value: 118_000,
          source: `${SRC} lib/url.c L421; docs/libcurl/opts/CURLOPT_MAXAGE_CONN.md L43-45`,
        },
        { value: null, source: 'CURLOPT_MAXAGE_CONN appeared in 7.65.0' },
      ],
      doc: DOC,
      snippet: (v) => `curl_easy_setopt(curl, CURLOPT_MAXAGE_CONN, ${wholeSeconds(v)}L);`,
    },
    {
      key: 'CURLOPT_MAXLIFETIME_CONN',
      label: 'Maximum age of a cached connection, seconds (0 = no limit)',
      role: 'max-age',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [
        { value: null, source: 'doc: CURLOPT_MAXLIFETIME_CONN (7.80.0+)', note: '0 = no limit' },
      ],
      doc: 'https://curl.se/libcurl/c/CURLOPT_MAXLIFETIME_CONN.html',
      snippet: (v) =>
        `curl_easy_setopt(curl, CURLOPT_MAXLIFETIME_CONN, ${typeof v === 'number' ? wholeSeconds(v) : 0}L);`,
    },
  ],
  resolve: (r) => ({
    client: {
      idle: r.num('CURLOPT_MAXAGE_CONN'),
      reuse: true,
      hint: { honours: false, source: `${SRC} (no Keep-Alive parsing)` },
      finDetection: true,
      retry: {
        policy: 'any',
        attempts: 5,
        summary:
          'a reused connection that died with zero response bytes is retried on a fresh one, any method (rewindable bodies)',
        source: `${SRC} lib/transfer.c L600-646 (CONN_MAX_RETRIES)`,
      },
      // The age is checked when a connection is picked from the cache.
      granularityMs: ms(1),
      maxAge: r.num('CURLOPT_MAXLIFETIME_CONN'),
      fixKey: 'CURLOPT_MAXAGE_CONN',
      notes: ['curl checks that a cached connection is still alive before reuse (UNVERIFIED).'],
    },
  }),
};
