import { formatDuration, ms } from '../../model/duration';
import type { TechDef } from '../types';
import { zeroIsUnlimited } from './effective';
import { nestedYaml } from './snippet-format';

const DOC =
  'https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.server.server.netty.idle-timeout';
const PROPS =
  'src: spring-boot c329ffa25d module/spring-boot-reactor-netty/.../NettyServerProperties.java';

/**
 * Spring Boot WebFlux on Reactor Netty's HttpServer (`server.netty.*`; also the server side of a
 * Spring Cloud Gateway). Unlike Tomcat it has no idle timeout unless one is set.
 */
export const springBootNetty: TechDef = {
  id: 'spring-boot-netty',
  name: 'Spring Boot (Reactor Netty server)',
  label: 'Spring Boot (Netty)',
  kind: 'app-server',
  versions: ['4.0', '3.5', '3.4', '3.3', '3.2', '2.7', '2.6'],
  defaultVersion: '3.5',
  sides: 'server',
  doc: DOC,
  settings: [
    {
      key: 'server.netty.idle-timeout',
      label: 'Idle time before a keep-alive connection is closed (unset: none; Boot 2.6+)',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'spring',
      defaults: [
        {
          value: null,
          source: `${PROPS} L88-91`,
          note: 'unset: Reactor Netty never closes an idle connection',
        },
      ],
      doc: DOC,
      snippet: (v) =>
        nestedYaml(
          'server.netty.idle-timeout',
          typeof v === 'number' ? formatDuration(ms(v), 'spring') : '-1',
        ),
    },
    {
      key: 'server.netty.max-keep-alive-requests',
      label: 'Requests per connection (unset: unlimited)',
      role: 'max-requests',
      kind: 'count',
      defaults: [{ value: null, source: `${PROPS} L77-81` }],
      doc: DOC,
      snippet: (v) =>
        nestedYaml(
          'server.netty.max-keep-alive-requests',
          typeof v === 'number' ? String(v) : '-1',
        ),
    },
  ],
  resolve: (r) => ({
    server: {
      idle: zeroIsUnlimited(r.num('server.netty.idle-timeout')),
      keepAlive: true,
      hint: null,
      granularityMs: ms(5),
      maxRequests: r.num('server.netty.max-keep-alive-requests'),
      fixKey: 'server.netty.idle-timeout',
      notes: [
        'Reactor Netty sends no Keep-Alive: timeout hint (UNVERIFIED).',
        'server.netty.idle-timeout exists since Spring Boot 2.6 (spring-boot#27371).',
      ],
    },
  }),
};
