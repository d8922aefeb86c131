import { describe, expect, it } from 'vitest';
import { listIncludedFiles, parseNginx } from './index';
import { summarizeResult } from './test-summary';

const run = (text: string) => summarizeResult(parseNginx({ name: 'n.conf', text }, { files: [] }));

describe('extractNginxModel', () => {
  it('reads a bare location fragment as an http node with its targets', () => {
    const text =
      'upstream b { keepalive 2; }\nlocation / {\n  proxy_pass http://b;\n  proxy_read_timeout 9s;\n}\n';
    expect(run(text).nodes).toEqual([
      {
        scope: 'http',
        settings: { proxy_read_timeout: [9000, 'n.conf:4'] },
        upstreams: ['upstream b'],
      },
      { scope: 'upstream b', settings: { 'upstream.keepalive': [2, 'n.conf:1'] } },
    ]);
  });

  it('names no upstream for a port, a variable or a unix socket', () => {
    const text = `upstream b {}\nserver {\n location /a { proxy_pass http://b:8080; }\n location /c { proxy_pass http://$b; }\n location /d { proxy_pass http://unix:/tmp/s.sock:/; }\n}`;
    expect(run(text).nodes.find((n) => n.scope === 'server :80')?.upstreams).toEqual([]);
  });

  it('does not read keepalive_timeout from an upstream as a server value, or the reverse', () => {
    const text =
      'upstream u { keepalive_timeout 10s; }\nserver { keepalive_timeout 20s; location / { proxy_pass http://u; } }';
    expect(run(text).nodes).toEqual([
      { scope: 'upstream u', settings: { 'upstream.keepalive_timeout': [10000, 'n.conf:1'] } },
      {
        scope: 'server :80',
        settings: { keepalive_timeout: [20000, 'n.conf:2'] },
        upstreams: ['upstream u'],
      },
    ]);
  });

  it('skips stream {} blocks, which are TCP', () => {
    const text =
      'stream {\n upstream db { server 10.0.0.1:5432; }\n server { listen 5432; proxy_pass db; proxy_timeout 10m; }\n}';
    const result = run(text);
    expect(result.nodes).toEqual([]);
    // …and says why the file yields nothing.
    expect(result.diagnostics).toEqual(['NGINX_NOTHING_TO_READ warning n.conf:1:1']);
  });

  it('uses a location-level keepalive_timeout of the proxying location', () => {
    const text =
      'server {\n keepalive_timeout 30s;\n location / {\n  keepalive_timeout 5s;\n  proxy_pass http://x;\n }\n}';
    // `x` names no upstream {} block: an address, so no reuse toward it.
    expect(run(text).nodes[0]?.settings).toEqual({
      keepalive_timeout: [5000, 'n.conf:4'],
      proxy_pass: ['address', 'n.conf:5'],
    });
  });

  it('reports origins with the column of the directive name', () => {
    const result = parseNginx(
      { name: 'n.conf', text: 'http {\n    keepalive_timeout 5s;\n}' },
      { files: [] },
    );
    expect(result.nodes[0]?.settings['keepalive_timeout']?.origin).toEqual({
      kind: 'explicit',
      file: 'n.conf',
      line: 2,
      column: 5,
      setting: 'keepalive_timeout',
    });
  });

  it('survives 20 000 nested blocks', () => {
    const text =
      'server {\n'.repeat(100) + 'location / {\n'.repeat(20_000) + 'keepalive_timeout 5s;';
    const result = parseNginx({ name: 'n.conf', text }, { files: [] });
    expect(result.diagnostics.some((d) => d.code === 'NGINX_TOO_DEEP')).toBe(true);
  });

  it('yields no node for a file without settings', () => {
    expect(run('events { worker_connections 512; }\n').nodes).toEqual([]);
  });

  it('lists the files a config includes', () => {
    const files = [
      { name: 'nginx.conf', text: 'include conf.d/*.conf;' },
      { name: 'conf.d/x.conf', text: 'include y.conf;' },
      { name: 'y.conf', text: '' },
    ];
    expect(listIncludedFiles(files[0] ?? { name: '', text: '' }, { files })).toEqual([
      'conf.d/x.conf',
      'y.conf',
    ]);
  });

  it('gives an http {} whose servers were not given a node with the defaults, and says so', () => {
    const result = parseNginx(
      { name: 'nginx.conf', text: 'http {\n  include sites-enabled/*;\n}\n' },
      { files: [] },
    );
    // Where the missing servers proxy to is unknown: never a default upstream pool.
    expect(result.nodes).toEqual([
      {
        tech: 'nginx',
        scope: 'http',
        settings: {
          proxy_pass: {
            value: {
              unknown: 'proxy_pass',
              reason: 'the server {} blocks that proxy are in files not given',
            },
            origin: {
              kind: 'explicit',
              file: 'nginx.conf',
              line: 1,
              column: 1,
              setting: 'http (servers not given)',
            },
          },
        },
        upstreams: [],
        label: 'nginx http',
      },
    ]);
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['NGINX_SERVERS_NOT_GIVEN', 1],
      ['NGINX_INCLUDE_NOT_FOUND', 2],
    ]);
  });
});
