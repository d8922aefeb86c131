import { describe, expect, it } from 'vitest';
import { families } from '../testing/scaling/tomcat';
import { parseTomcatXml } from './index';

/** Generous for a shared machine; 2 MB of connectors took 22 s (minutes under load) before. */
const LIMIT_MS = 20_000;

function parseFamily(name: string, n: number) {
  const family = families.find((f) => f.name === `tomcat: ${name}`);
  const [file] = family?.make(n) ?? [];
  if (!file) throw new Error(`no family ${name}`);
  return parseTomcatXml(file);
}

describe('tomcat server.xml at the sizes that hung', () => {
  it(
    'names 2 MB of connectors on one port (20 000) in linear time',
    () => {
      const r = parseFamily('many connectors', 20_000);
      expect(r.nodes).toHaveLength(20_000);
      expect(r.nodes[19_999]?.scope).toBe('Connector :8080 (Catalina) #20000');
      expect(r.nodes[0]?.settings['keepAliveTimeout']?.value).toBe(30_000);
    },
    LIMIT_MS,
  );

  it(
    'reads a connector with 100 000 attributes',
    () => {
      const r = parseFamily('many attributes on one tag', 100_000);
      expect(r.nodes[0]?.settings['keepAliveTimeout']?.value).toBe(30_000);
    },
    LIMIT_MS,
  );

  it(
    'reports 50 000 unterminated quotes without rescanning the file for each',
    () => {
      const r = parseFamily('unterminated quotes', 50_000);
      expect(r.nodes).toHaveLength(50_000);
      expect(r.diagnostics[0]).toMatchObject({ code: 'TOMCAT_XML_SYNTAX', line: 3 });
    },
    LIMIT_MS,
  );

  it(
    'puts each connector of a CR-only file on its own line',
    () => {
      const r = parseFamily('CR-only line ends', 3);
      expect(r.nodes.map((n) => n.settings['keepAliveTimeout']?.origin)).toMatchObject([
        { line: 3 },
        { line: 4 },
        { line: 5 },
      ]);
    },
    LIMIT_MS,
  );
});
