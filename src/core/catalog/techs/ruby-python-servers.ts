import { ms } from '../../model/duration';
import type { TechDef } from '../types';
import { optionDefault } from './effective';
import { fractionalSeconds } from './snippet-format';

const PUMA_DOC = 'https://puma.io/puma/Puma/DSL.html';
const PUMA_SRC = 'src: puma ff2e2126ee lib/puma/configuration.rb';
const HYPERCORN_DOC = 'https://hypercorn.readthedocs.io/en/latest/how_to_guides/configuring.html';
const HYPERCORN_SRC = 'src: hypercorn 0.18.0 src/hypercorn/config.py L88-89';
const AIOHTTP_DOC = 'https://docs.aiohttp.org/en/stable/web_reference.html#running-applications';

/** Puma (Ruby). Sends no Keep-Alive header. */
export const puma: TechDef = {
  id: 'puma',
  name: 'Puma',
  kind: 'app-server',
  versions: ['8.0.1', '7.0.0', '6.6.0', '5.6.0'],
  defaultVersion: '8.0.1',
  sides: 'server',
  doc: PUMA_DOC,
  settings: [
    {
      key: 'persistent_timeout',
      label: 'Seconds to wait for the next request on a keep-alive connection',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [
        {
          since: '7.0.0',
          value: 65_000,
          source: `${PUMA_SRC} L145, L163-164; History.md 7.0.0 (#3378)`,
        },
        { value: 20_000, source: 'src: puma v6.6.0 lib/puma/configuration.rb L155' },
      ],
      doc: `${PUMA_DOC}#persistent_timeout-instance_method`,
      snippet: (v) => `persistent_timeout ${fractionalSeconds(v)} # config/puma.rb`,
    },
    {
      key: 'max_keep_alive',
      label: 'Requests per keep-alive connection (Puma 7+)',
      role: 'max-requests',
      kind: 'count',
      defaults: [
        { since: '7.0.0', value: 999, source: `${PUMA_SRC} L153-157; History 7.0.0 (#3719)` },
        {
          value: null,
          source:
            'puma History 7.0.0 (#3719): absent before 7.0 (max_fast_inline 10 did not close)',
        },
      ],
      doc: `${PUMA_DOC}#max_keep_alive-instance_method`,
      snippet: (v) => `max_keep_alive ${String(v ?? 0)} # config/puma.rb`,
    },
  ],
  resolve: (r) => ({
    server: {
      idle: r.num('persistent_timeout'),
      keepAlive: true,
      hint: null,
      granularityMs: ms(5),
      maxRequests: r.num('max_keep_alive'),
      fixKey: 'persistent_timeout',
      notes: [],
    },
  }),
};

/** Hypercorn (ASGI). Sends no Keep-Alive header. */
export const hypercorn: TechDef = {
  id: 'hypercorn',
  name: 'Hypercorn',
  kind: 'app-server',
  versions: ['0.18.0', '0.17.3'],
  defaultVersion: '0.18.0',
  sides: 'server',
  doc: HYPERCORN_DOC,
  settings: [
    {
      key: 'keep_alive_timeout',
      label: 'Seconds before closing an idle keep-alive connection',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [{ value: 5000, source: HYPERCORN_SRC }],
      doc: HYPERCORN_DOC,
      snippet: (v) =>
        `keep_alive_timeout = ${fractionalSeconds(v)}  # hypercorn.toml (or --keep-alive)`,
    },
    {
      key: 'keep_alive_max_requests',
      label: 'Requests per keep-alive connection',
      role: 'max-requests',
      kind: 'count',
      defaults: [{ value: 1000, source: HYPERCORN_SRC }],
      doc: HYPERCORN_DOC,
      snippet: (v) => `keep_alive_max_requests = ${String(v ?? 0)}  # hypercorn.toml`,
    },
  ],
  resolve: (r) => ({
    server: {
      idle: r.num('keep_alive_timeout'),
      keepAlive: true,
      hint: null,
      granularityMs: ms(5),
      maxRequests: r.num('keep_alive_max_requests'),
      fixKey: 'keep_alive_timeout',
      notes: [],
    },
  }),
};

/** aiohttp's web server: 3630 s in AppRunner since 3.11, but `web.run_app()` still passes 75 s. */
export const aiohttpServer: TechDef = {
  id: 'aiohttp-server',
  name: 'aiohttp web server',
  kind: 'app-server',
  versions: ['3.14.0', '3.11.0', '3.10.0', '3.9.0'],
  defaultVersion: '3.14.0',
  sides: 'server',
  doc: AIOHTTP_DOC,
  settings: [
    {
      key: 'entry',
      label: 'web.run_app() (passes 75 s) or AppRunner/RequestHandler (their own default)',
      role: null,
      kind: 'enum',
      enumValues: ['run_app', 'AppRunner'],
      defaults: [{ value: 'run_app', source: 'src: aiohttp 495e778360 web.py L435' }],
      doc: AIOHTTP_DOC,
      snippet: (v) => (v === 'AppRunner' ? 'runner = web.AppRunner(app)' : 'web.run_app(app)'),
    },
    {
      key: 'keepalive_timeout',
      label: 'Seconds before closing an idle keep-alive connection',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [
        {
          since: '3.11.0',
          value: 3_630_000,
          source: 'src: aiohttp web_protocol.py L210; commit 4026191b8 (PR #9285)',
        },
        { value: 75_000, source: 'aiohttp PR #9285: 75 s before 3.11.0' },
      ],
      doc: AIOHTTP_DOC,
      snippet: (v) =>
        `web.run_app(app, keepalive_timeout=${fractionalSeconds(v)})  # or AppRunner(app, keepalive_timeout=…)`,
    },
  ],
  resolve(r) {
    const viaRunApp = r.str('entry') === 'run_app' && !r.isSet('keepalive_timeout');
    const idle = viaRunApp
      ? optionDefault(
          'aiohttp-server',
          'keepalive_timeout',
          75_000,
          'src: aiohttp 495e778360 web.py L435',
          'web.run_app() passes keepalive_timeout=75.0',
        )
      : r.num('keepalive_timeout');
    return {
      server: {
        idle,
        keepAlive: idle.value !== 0,
        hint: null,
        granularityMs: ms(5),
        fixKey: 'keepalive_timeout',
        notes: [],
      },
    };
  },
};
