import { describe, expect, it } from 'vitest';
import { createFakeIo } from '../fake-io';
import { run } from '../main';
import { findSarifSchemaErrors } from './__schema__/validate-sarif';
import { toArtifactUri } from './artifact-uri';

/** nginx whose server-side keepalive_timeout (line 1) loses to ALB's 60 s: a located finding. */
const NGINX = 'server {\n  listen 80;\n  keepalive_timeout 5s;\n}\n';

interface SarifLog {
  runs: {
    results: { locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  }[];
}

async function sarifFor(name: string) {
  const io = createFakeIo({ [name]: NGINX });
  const code = await run(['check', '--format', 'sarif', 'tech:aws-alb', name], io);
  return { code, log: JSON.parse(io.out) as SarifLog };
}

const urisOf = (log: SarifLog) =>
  log.runs.flatMap((r) =>
    r.results.flatMap(
      (x) => x.locations?.map((l) => l.physicalLocation.artifactLocation.uri) ?? [],
    ),
  );

describe('check --format sarif is valid SARIF 2.1.0 for any file name', () => {
  it.each([
    ['nginx.conf', 'nginx.conf'],
    ['-', '%3Cstdin%3E'],
    ['conf/my app.conf', 'conf/my%20app.conf'],
    ['a#b%c.conf', 'a%23b%25c.conf'],
    ['<edge>.conf', '%3Cedge%3E.conf'],
    ['x:y/nginx.conf', 'x%3Ay/nginx.conf'],
    ['/etc/nginx/sites enabled/api.conf', 'file:///etc/nginx/sites%20enabled/api.conf'],
    ['C:\\nginx\\conf\\nginx.conf', 'file:///C:/nginx/conf/nginx.conf'],
  ])('%s', async (name, uri) => {
    const { code, log } = await sarifFor(name);
    expect(code).toBe(1);
    expect(findSarifSchemaErrors(log)).toEqual([]);
    expect(urisOf(log)).toContain(uri);
  });
});

describe('toArtifactUri', () => {
  it('percent-encodes each segment so the URI reads back as the name', () => {
    for (const name of ['a b/c#d%e.conf', '[x](y).conf', 'é/ü.conf', '.. /x?.conf'])
      expect(decodeURIComponent(toArtifactUri(name))).toBe(name);
    expect(toArtifactUri('bad\uD800.conf')).toBe('bad%EF%BF%BD.conf');
  });
});
