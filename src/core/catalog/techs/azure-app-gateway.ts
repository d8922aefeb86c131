import { ms } from '../../model/duration';
import type { TechDef } from '../types';

const FAQ = 'https://learn.microsoft.com/azure/application-gateway/application-gateway-faq';

/**
 * Azure Application Gateway toward its clients. Its backend keep-alive reuse is not documented,
 * so it has no client side here: a hop behind it stays `unknown` rather than guessed.
 */
export const azureAppGateway: TechDef = {
  id: 'azure-app-gateway',
  name: 'Azure Application Gateway',
  kind: 'load-balancer',
  versions: ['2', '1'],
  defaultVersion: '2',
  sides: 'server',
  managed: true,
  doc: FAQ,
  settings: [
    {
      key: 'keepAliveTimeout',
      label: 'Client keep-alive timeout (fixed: v2 75 s, v1 120 s)',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'seconds',
      fixed: true,
      defaults: [
        {
          since: '2',
          value: 75_000,
          source: `doc: ${FAQ} (Keep-Alive timeout and TCP idle timeout)`,
        },
        { value: 120_000, source: `doc: ${FAQ} (v1)` },
      ],
      doc: FAQ,
      snippet: () => '# fixed by Azure (v2 75 s, v1 120 s)',
    },
    {
      key: 'requestTimeout',
      label: 'Backend settings request timeout (1–86400 s)',
      role: 'request-timeout',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [
        {
          value: 20_000,
          source: 'doc: ARM ApplicationGatewayBackendSettings.timeout (range only)',
          assumption: true,
        },
      ],
      doc: 'https://learn.microsoft.com/azure/application-gateway/configuration-http-settings',
      snippet: (v) =>
        `request_timeout = ${typeof v === 'number' ? Math.ceil(v / 1000) : 20} # backend_http_settings`,
    },
  ],
  resolve: (r) => ({
    server: {
      idle: r.num('keepAliveTimeout'),
      keepAlive: true,
      hint: null,
      granularityMs: ms(1000),
      fixKey: 'keepAliveTimeout',
      notes: [
        'The frontend TCP idle timeout is 4 min.',
        'Backend connection reuse and idle time are not documented (UNVERIFIED): the hop behind the gateway cannot be judged.',
      ],
    },
  }),
};
