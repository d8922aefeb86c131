import { ms } from '../../model/duration';
import type { TechDef } from '../types';
import { zeroIsUnlimited } from './effective';
import { groupDigits } from './snippet-format';

const DOC = 'https://jetty.org/docs/jetty/12/programming-guide/server/http.html';

/** Eclipse Jetty: one idle timeout for any inactivity, keep-alive included. */
export const jetty: TechDef = {
  id: 'jetty',
  name: 'Eclipse Jetty',
  kind: 'app-server',
  versions: ['12.0', '11.0', '10.0', '9.4'],
  defaultVersion: '12.0',
  sides: 'server',
  doc: DOC,
  settings: [
    {
      key: 'idleTimeout',
      label: 'Connector idle timeout (any inactivity, including keep-alive waits)',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'ms',
      defaults: [
        {
          value: 30_000,
          source:
            'src: jetty/jetty.project jetty-core/jetty-server/.../AbstractConnector.java (_idleTimeout = 30000)',
        },
      ],
      doc: DOC,
      snippet: (v) => `connector.setIdleTimeout(${groupDigits(Number(v ?? -1))});`,
    },
  ],
  resolve: (r) => ({
    server: {
      idle: zeroIsUnlimited(r.num('idleTimeout')),
      keepAlive: true,
      hint: null,
      granularityMs: ms(5),
      fixKey: 'idleTimeout',
      notes: [
        'Whether Jetty sends a Keep-Alive header is UNVERIFIED (assumed not).',
        'Spring Boot: server.jetty.connection-idle-timeout (unset = 30 s).',
      ],
    },
  }),
};
