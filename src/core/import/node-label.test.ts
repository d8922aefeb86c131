import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeOrigin, PASTED_NAME } from '../model/origin';
import { importFiles } from './import-files';

const SEED = new URL('./__fixtures__/seed-article/flat/', import.meta.url);
const CHAINS = new URL('./__fixtures__/chains/', import.meta.url);
const read = (dir: URL, name: string, as = name) => ({
  name: as,
  text: readFileSync(new URL(name, dir), 'utf8'),
});
const labelsOf = (files: { name: string; text: string }[]) =>
  importFiles(files).byRole.map((n) => n.label);

describe('labels of imported nodes read as a person wrote them', () => {
  it('the seed article: nginx names its listen and upstream, code nodes their technology', () => {
    expect(
      labelsOf([read(SEED, 'http_client.go'), read(SEED, 'nginx.conf'), read(SEED, 'server.go')]),
    ).toEqual(['Go client', 'nginx :80 → upstream backend', 'Go server']);
    expect(labelsOf([read(SEED, 'HttpClientConfig.java')])).toEqual(['HttpClient 5']);
  });

  it('gunicorn is "gunicorn", not "gunicorn gunicorn"', () => {
    const dir = new URL('code-gunicorn-max-requests-and-timeout-not-idle/', CHAINS);
    expect(labelsOf([read(dir, 'gunicorn.conf.py')])).toEqual(['gunicorn']);
  });

  it('a parser label of its own stays (Terraform names the resource)', () => {
    expect(labelsOf([read(SEED, 'main.tf')])).toEqual(['AWS ALB aws_lb.app']);
  });

  it('two nodes that would read the same are told apart by their file', () => {
    const api = read(SEED, 'server.go', 'api.go');
    const worker = read(SEED, 'server.go', 'worker.go');
    expect(labelsOf([api, worker])).toEqual(['Go server (api.go)', 'Go server (worker.go)']);
  });

  it('pasted text is named as such in origins: "pasted text, line 3"', () => {
    const [node] = importFiles([{ ...read(SEED, 'nginx.conf'), name: PASTED_NAME }]).byRole;
    const origin = node?.settings['keepalive_timeout']?.origin;
    expect(origin && describeOrigin(origin)).toBe('pasted text, line 3');
  });
});
