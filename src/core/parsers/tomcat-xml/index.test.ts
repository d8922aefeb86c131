import { describe, expect, it } from 'vitest';
import { detectTomcatXml, parseTomcatXml } from './index';

describe('detectTomcatXml', () => {
  it('is sure of a <Connector>, fairly sure of <Server>/<Service>', () => {
    expect(detectTomcatXml('<Connector port="8080"/>')).toBeGreaterThanOrEqual(0.95);
    expect(detectTomcatXml('<Server>\n<Service name="x">')).toBeGreaterThanOrEqual(0.8);
    expect(detectTomcatXml('<beans/>', 'server.xml')).toBeGreaterThan(0);
  });

  it('says 0 for other formats', () => {
    expect(detectTomcatXml('server.tomcat.keep-alive-timeout=5s')).toBe(0);
    expect(detectTomcatXml('<project><artifactId>x</artifactId></project>', 'pom.xml')).toBe(0);
    expect(detectTomcatXml('http { keepalive_timeout 65; }')).toBe(0);
  });
});

describe('parseTomcatXml', () => {
  it('gives the origin of each attribute with its column', () => {
    const r = parseTomcatXml({
      name: 'server.xml',
      text: '<Service>\n  <Connector port="8080" keepAliveTimeout="65000"/>\n</Service>\n',
    });
    expect(r.nodes).toEqual([
      {
        tech: 'tomcat',
        scope: 'Connector :8080',
        label: 'Tomcat Connector :8080',
        settings: {
          keepAliveTimeout: {
            value: 65000,
            origin: {
              kind: 'explicit',
              file: 'server.xml',
              line: 2,
              column: 26,
              setting: 'keepAliveTimeout',
            },
          },
        },
      },
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('names connectors without a port by position', () => {
    const r = parseTomcatXml({ name: 'x.xml', text: '<Connector/><Connector/>' });
    expect(r.nodes.map((n) => n.scope)).toEqual(['Connector #1', 'Connector #2']);
  });
});
