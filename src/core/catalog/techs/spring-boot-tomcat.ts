import { compareVersions } from '../../model/version';
import { formatDuration, ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';
import type { TechDef } from '../types';
import { nestedYaml } from './snippet-format';
import { TOMCAT_RANGE, resolveTomcatServer } from './tomcat-common';

const DOC =
  'https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.server';
const PROPS =
  'src: spring-boot c329ffa25d module/spring-boot-tomcat/.../TomcatServerProperties.java';

const yaml = (key: string, kind: 'duration' | 'count') => (v: KnownScalar) =>
  nestedYaml(
    key,
    v === null
      ? '-1'
      : kind === 'duration' && typeof v === 'number'
        ? formatDuration(ms(v), 'spring')
        : String(v),
  );

/** Spring Boot's embedded Tomcat (`server.tomcat.*` in application.yml/properties). */
export const springBootTomcat: TechDef = {
  id: 'spring-boot-tomcat',
  name: 'Spring Boot (embedded Tomcat)',
  label: 'Spring Boot',
  kind: 'app-server',
  versions: ['4.0', '3.5', '3.4', '3.3', '3.2', '2.7', '2.5', '2.4'],
  defaultVersion: '3.5',
  sides: 'server',
  doc: DOC,
  settings: [
    {
      key: 'server.tomcat.connection-timeout',
      label: 'Wait for the request line; the keep-alive default (unset: Tomcat 60 s)',
      role: 'request-timeout',
      kind: 'duration',
      range: TOMCAT_RANGE,
      dialect: 'spring',
      defaults: [
        {
          value: 60_000,
          source: `${PROPS} L167-171`,
          note: "unset: Tomcat's code default (not server.xml's 20 s)",
        },
      ],
      doc: `${DOC}.server.tomcat.connection-timeout`,
      snippet: yaml('server.tomcat.connection-timeout', 'duration'),
    },
    {
      key: 'server.tomcat.keep-alive-timeout',
      label:
        'Idle time before a keep-alive connection is closed (unset = connection-timeout; Boot 2.5+)',
      role: 'server-idle',
      kind: 'duration',
      range: TOMCAT_RANGE,
      dialect: 'spring',
      defaults: [
        { value: 60_000, source: `${PROPS} L135-139`, note: '= connection-timeout when unset' },
      ],
      doc: `${DOC}.server.tomcat.keep-alive-timeout`,
      snippet: yaml('server.tomcat.keep-alive-timeout', 'duration'),
    },
    {
      key: 'server.tomcat.max-keep-alive-requests',
      label: 'Requests per connection (-1 unlimited, 1 disables keep-alive)',
      role: 'max-requests',
      kind: 'count',
      range: TOMCAT_RANGE,
      defaults: [{ value: 100, source: `${PROPS} L141-146` }],
      doc: `${DOC}.server.tomcat.max-keep-alive-requests`,
      snippet: yaml('server.tomcat.max-keep-alive-requests', 'count'),
    },
  ],
  resolve(r) {
    // The property exists since Boot 2.5 (spring-projects/spring-boot PR #25815).
    const supported = compareVersions(r.version, '2.5') >= 0;
    const written = r.isSet('server.tomcat.keep-alive-timeout');
    const notes = [
      'server.tomcat.keep-alive-timeout is not applied to HTTP/2 (spring-boot#30267).',
    ];
    if (written && !supported)
      notes.push(
        `Spring Boot ${r.version} ignores server.tomcat.keep-alive-timeout (added in 2.5).`,
      );
    return {
      server: resolveTomcatServer({
        keepAlive: r.num('server.tomcat.keep-alive-timeout'),
        keepAliveSet: written && supported,
        connection: r.num('server.tomcat.connection-timeout'),
        idleKey: 'server.tomcat.keep-alive-timeout',
        maxRequests: r.num('server.tomcat.max-keep-alive-requests'),
        fixKey: supported ? 'server.tomcat.keep-alive-timeout' : 'server.tomcat.connection-timeout',
        notes,
      }),
    };
  },
};
