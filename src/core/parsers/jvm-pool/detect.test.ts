import { describe, expect, it } from 'vitest';
import { detectFormat } from '../detect';
import { expectFixturesDetectedAs } from '../testing/detected-as';

const RAW = import.meta.glob<string>('./__fixtures__/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('JVM pool detection', () => {
  it('claims every fixture over the other formats', () =>
    expectFixturesDetectedAs(RAW, 'jvm-pool'));

  it('leaves Apache HttpClient code and Spring YAML to their parsers', () => {
    const hc =
      'import org.apache.hc.client5.http.impl.classic.HttpClients;\nclass A { CloseableHttpClient c = HttpClients.custom().evictIdleConnections(TimeValue.ofSeconds(30)).build(); }\n';
    expect(detectFormat(hc, 'A.java').parser?.id).toBe('java-client');
    const spring = 'server:\n  tomcat:\n    keep-alive-timeout: 20s\n';
    expect(detectFormat(spring, 'application.yml').parser?.id).toBe('spring');
    const gunicorn = 'FROM python:3.12\nCMD ["gunicorn", "--keep-alive", "75", "app:app"]\n';
    expect(detectFormat(gunicorn, 'Dockerfile').parser?.id).not.toBe('jvm-pool');
  });
});
