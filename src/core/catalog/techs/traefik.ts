import { formatDuration, ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';
import type { TechDef } from '../types';
import { zeroIsUnlimited } from './effective';
import { GO_NO_HINT, GO_RETRY, resolveGoServerIdle } from './go-common';
import { nestedYaml, tomlAt } from './snippet-format';

const DOC = 'https://doc.traefik.io/traefik/routing/entrypoints/#respondingtimeouts';
const STATIC = 'src: traefik fd5a576df2 pkg/config/static/static_config.go';

const goText = (v: KnownScalar): string =>
  typeof v === 'number' ? formatDuration(ms(v), 'go') : '0s';
/** The static config both ways: `traefik.toml` and `traefik.yml`. */
const yamlAt = (path: string) => (v: KnownScalar) => {
  const text = typeof v === 'number' || v === null ? goText(v) : String(v);
  return `# traefik.toml\n${tomlAt(path, `"${text}"`)}\n\n# traefik.yml\n${nestedYaml(path, text)}`;
};

/** Traefik v2/v3 (static configuration): a Go http.Server in front, a Go Transport behind. */
export const traefik: TechDef = {
  id: 'traefik',
  name: 'Traefik',
  kind: 'proxy',
  versions: ['3.7', '3.6', '3.5', '3.0', '2.11.2', '2.11.0'],
  defaultVersion: '3.7',
  sides: 'both',
  doc: DOC,
  settings: [
    {
      key: 'respondingTimeouts.idleTimeout',
      label: 'Idle time of a client keep-alive connection (entry point)',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'go',
      defaults: [{ value: 180_000, source: `${STATIC} L47-48, L208-209` }],
      doc: DOC,
      snippet: yamlAt('entryPoints.web.transport.respondingTimeouts.idleTimeout'),
    },
    {
      key: 'respondingTimeouts.readTimeout',
      label: 'Time to read the whole request (Go also uses it when idleTimeout is 0)',
      role: 'request-timeout',
      kind: 'duration',
      dialect: 'go',
      defaults: [
        { since: '2.11.2', value: 60_000, source: `${STATIC} L50-51, L208; commit 240b83b773` },
        { value: 0, source: 'traefik commit 240b83b773: 0 before v2.11.2' },
      ],
      doc: DOC,
      snippet: yamlAt('entryPoints.web.transport.respondingTimeouts.readTimeout'),
    },
    {
      key: 'serversTransport.forwardingTimeouts.idleConnTimeout',
      label: 'Idle time of a pooled backend connection (0 = no limit)',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'go',
      defaults: [
        { value: 90_000, source: `${STATIC} L222; pkg/config/dynamic/http_config.go L573` },
      ],
      doc: 'https://doc.traefik.io/traefik/routing/overview/#forwardingtimeoutsidleconntimeout',
      snippet: yamlAt('serversTransport.forwardingTimeouts.idleConnTimeout'),
    },
    {
      key: 'serversTransport.maxIdleConnsPerHost',
      label: 'Idle backend connections per host (static 200; a ServersTransport CRD: 0 → 2)',
      role: null,
      kind: 'count',
      defaults: [
        {
          value: 200,
          source: 'src: traefik cmd/configuration.go L30; docs serverstransport.md L118',
        },
      ],
      doc: 'https://doc.traefik.io/traefik/routing/overview/#maxidleconnsperhost',
      snippet: (v) =>
        `# traefik.toml\n${tomlAt('serversTransport.maxIdleConnsPerHost', String(v ?? 0))}\n\n# traefik.yml\n${nestedYaml('serversTransport.maxIdleConnsPerHost', String(v ?? 0))}`,
    },
  ],
  resolve(r) {
    const pool = r.num('serversTransport.maxIdleConnsPerHost').value;
    const reuse = pool === null || pool >= 0;
    return {
      server: {
        idle: resolveGoServerIdle(
          r,
          'respondingTimeouts.idleTimeout',
          'respondingTimeouts.readTimeout',
        ),
        keepAlive: true,
        hint: null,
        granularityMs: ms(1),
        fixKey: 'respondingTimeouts.idleTimeout',
        notes: [
          'Traefik sends no Keep-Alive header. A number without a unit is seconds (src: traefik/paerser types/duration.go Set: ParseInt → seconds).',
        ],
      },
      client: {
        idle: zeroIsUnlimited(r.num('serversTransport.forwardingTimeouts.idleConnTimeout')),
        reuse,
        hint: GO_NO_HINT,
        finDetection: true,
        retry: GO_RETRY,
        granularityMs: ms(1),
        fixKey: 'serversTransport.forwardingTimeouts.idleConnTimeout',
        notes: [],
      },
    };
  },
};
