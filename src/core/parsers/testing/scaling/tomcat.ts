import type { ScalingFamily } from './family';

const CONNECTOR =
  '  <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" keepAliveTimeout="30000"/>\n';

const xml = (name: string, make: (n: number) => string): ScalingFamily => ({
  name: `tomcat: ${name}`,
  parser: 'tomcat-xml',
  make: (n) => [{ name: 'server.xml', text: make(n) }],
});

const service = (body: string) =>
  `<Server port="8005">\n<Service name="Catalina">\n${body}</Service>\n</Server>\n`;

/**
 * Tomcat server.xml shapes of issue 11: many connectors on one port (scopes were counted per
 * connector: quadratic), long attributes, deep element nesting, many attributes on one tag,
 * unterminated quotes.
 */
export const families: ScalingFamily[] = [
  xml('many connectors', (n) => service(CONNECTOR.repeat(n))),
  xml('long attribute value', (n) =>
    service(`  <Connector port="8080" server="${'x'.repeat(n)}" keepAliveTimeout="30000"/>\n`),
  ),
  xml('deep element nesting', (n) =>
    service('<Engine>'.repeat(n) + CONNECTOR + '</Engine>'.repeat(n)),
  ),
  xml('many attributes on one tag', (n) =>
    service(
      `  <Connector port="8080" ${Array.from({ length: n }, (_, i) => `a${i}="1"`).join(' ')} keepAliveTimeout="30000"/>\n`,
    ),
  ),
  xml('unterminated quotes', (n) => service('  <Connector port="8080 a="\n'.repeat(n))),
  xml('CR-only line ends', (n) => service(CONNECTOR.repeat(n)).replace(/\n/g, '\r')),
];
