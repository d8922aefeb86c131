import type { KnownScalar } from '../../model/chain';
import type { TechDef } from '../types';
import { TOMCAT_RANGE, resolveTomcatServer, TOMCAT_SRC } from './tomcat-common';

const DOC = 'https://tomcat.apache.org/tomcat-11.0-doc/config/http.html';

const attribute = (name: string) => (v: KnownScalar) =>
  `${name}="${v === null ? -1 : String(v)}" <!-- on <Connector> -->`;

/** Apache Tomcat, HTTP/1.1 `<Connector>` in server.xml. */
export const tomcat: TechDef = {
  id: 'tomcat',
  name: 'Apache Tomcat',
  kind: 'app-server',
  versions: ['11.0', '10.1', '9.0'],
  defaultVersion: '11.0',
  sides: 'server',
  doc: DOC,
  settings: [
    {
      key: 'connectionTimeout',
      label: 'Wait for the request line after connect; the keep-alive default (-1 = infinite)',
      role: 'request-timeout',
      kind: 'duration',
      range: TOMCAT_RANGE,
      dialect: 'ms',
      defaults: [
        {
          value: 60_000,
          source: `${TOMCAT_SRC} java/org/apache/coyote/http11/Constants.java L29; AbstractHttp11Protocol.java L80`,
          note: 'the shipped conf/server.xml sets 20000',
        },
      ],
      doc: `${DOC}#Standard_Implementation`,
      snippet: attribute('connectionTimeout'),
    },
    {
      key: 'keepAliveTimeout',
      label:
        'Idle time before an inactive keep-alive connection is closed (unset = connectionTimeout)',
      role: 'server-idle',
      kind: 'duration',
      range: TOMCAT_RANGE,
      dialect: 'ms',
      defaults: [
        {
          value: 60_000,
          source: `${TOMCAT_SRC} AbstractEndpoint.java L1322-1334`,
          note: '= connectionTimeout when unset',
        },
      ],
      doc: `${DOC}#Standard_Implementation`,
      snippet: attribute('keepAliveTimeout'),
    },
    {
      key: 'maxKeepAliveRequests',
      label: 'Requests per connection (-1 unlimited, 1 disables keep-alive)',
      role: 'max-requests',
      kind: 'count',
      range: TOMCAT_RANGE,
      defaults: [{ value: 100, source: `${TOMCAT_SRC} AbstractEndpoint.java L1599` }],
      doc: `${DOC}#Standard_Implementation`,
      snippet: attribute('maxKeepAliveRequests'),
    },
  ],
  resolve: (r) => ({
    server: resolveTomcatServer({
      keepAlive: r.num('keepAliveTimeout'),
      keepAliveSet: r.isSet('keepAliveTimeout'),
      connection: r.num('connectionTimeout'),
      idleKey: 'keepAliveTimeout',
      maxRequests: r.num('maxKeepAliveRequests'),
      fixKey: 'keepAliveTimeout',
    }),
  }),
};
