import { describe, expect, it, vi } from 'vitest';
import { mapIncludedFiles, parseConfigFile } from './config-file';

const MAIN = [
  'http {',
  '  include timeouts.conf;',
  '  server {',
  '    listen 8080;',
  '    location / { proxy_pass http://app; }',
  '  }',
  '  upstream app { server 10.0.0.1:3000; keepalive 16; }',
  '}',
].join('\n');

const files = [
  { name: 'nginx.conf', text: MAIN },
  { name: 'timeouts.conf', text: 'keepalive_timeout 30s;\n' },
  { name: 'notes.txt', text: 'hello world' },
];

describe('parseConfigFile', () => {
  it('detects the format and reads values through includes among the given files', () => {
    const r = parseConfigFile(files[0]!, files);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.file).toBe('nginx.conf');
    expect(r.value.format).toBe('nginx');
    const server = r.value.nodes.find((n) => n.scope === 'server :8080');
    expect(server?.settings['keepalive_timeout']).toMatchObject({
      value: 30_000,
      origin: { kind: 'explicit', file: 'timeouts.conf', line: 1 },
    });
  });

  it('fails on an unknown format with the file name first and the formats it reads, no score', () => {
    const r = parseConfigFile(files[2]!, files);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('IMPORT_UNKNOWN_FORMAT');
    expect(r.error.message.startsWith('notes.txt: unknown config format')).toBe(true);
    expect(r.error.message).toContain('nginx');
    expect(r.error.message).not.toMatch(/\d\.\d\d/);
  });

  it('reads appsettings.json and a Caddyfile now that .NET and Caddy are read formats', () => {
    const kestrel = {
      name: 'appsettings.json',
      text: '{\n  "Kestrel": {\n    "Limits": { "KeepAliveTimeout": "00:02:10" }\n  }\n}\n',
    };
    const k = parseConfigFile(kestrel, [kestrel]);
    expect(k.ok && k.value.format).toBe('dotnet');
    const caddy = { name: 'Caddyfile', text: 'example.com {\n\treverse_proxy app:8080\n}\n' };
    const c = parseConfigFile(caddy, [caddy]);
    expect(c.ok && c.value.format).toBe('caddy');
  });

  it('reads an haproxy.cfg now that HAProxy is a read format', () => {
    const haproxy = {
      name: 'haproxy.cfg',
      text: 'defaults\n  mode http\n  timeout http-keep-alive 10s\nbackend app\n  server a 10.0.0.1:80\n',
    };
    const r = parseConfigFile(haproxy, [haproxy]);
    expect(r.ok && r.value.format).toBe('haproxy');
  });

  it('turns a parser exception into an internal-error diagnostic naming the format', async () => {
    const { PARSERS } = await import('../parsers/registry');
    const nginx = PARSERS.find((p) => p.id === 'nginx')!;
    const spy = vi.spyOn(nginx, 'parse').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      const r = parseConfigFile(files[0]!, files);
      expect(r.ok && r.value.diagnostics.map((d) => [d.code, d.file])).toEqual([
        ['IMPORT_INTERNAL_ERROR', 'nginx.conf'],
      ]);
    } finally {
      spy.mockRestore();
    }
  });

  it('gives every diagnostic its file', () => {
    const bad = { name: 'bad.conf', text: 'http {\n  keepalive_timeout 30s;\n' };
    const r = parseConfigFile(bad, [bad]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.diagnostics.length).toBeGreaterThan(0);
    expect(r.value.diagnostics.every((d) => d.file === 'bad.conf')).toBe(true);
  });
});

describe('mapIncludedFiles', () => {
  it('maps an included file to the file that includes it, and nothing else', () => {
    const parsed = files.map((f) => parseConfigFile(f, files));
    expect([...mapIncludedFiles(parsed)]).toEqual([['timeouts.conf', 'nginx.conf']]);
  });

  it('keeps the first includer when two files include the same one', () => {
    const two = [
      { name: 'a.conf', text: MAIN.replace('timeouts.conf', 't.conf') },
      { name: 'b.conf', text: MAIN.replace('timeouts.conf', 't.conf').replace('8080', '9090') },
      { name: 't.conf', text: 'keepalive_timeout 5s;\n' },
    ];
    const map = mapIncludedFiles(two.map((f) => parseConfigFile(f, two)));
    expect(map.get('t.conf')).toBe('a.conf');
    expect(map.size).toBe(1);
  });
});
