import { describe, expect, it } from 'vitest';
import { createFakeIo } from './fake-io';
import { run } from './main';

const NGINX = `upstream app {
    server 127.0.0.1:3000;
    keepalive 16;
}
server {
    listen 8080;
    keepalive_timeout 65;
    location / { proxy_pass http://app; }
}
`;

interface ExtractJson {
  files: {
    file: string;
    format: string | null;
    nodes: {
      tech: string;
      scope: string;
      settings: {
        name: string;
        role: string | null;
        ms?: number | null;
        count?: number | null;
        origin: string;
        line?: number;
      }[];
    }[];
    diagnostics: {
      code: string;
      severity: string;
      line: number;
      column: number;
      message: string;
    }[];
  }[];
}

async function extract(args: string[], files: Record<string, string>) {
  const io = createFakeIo(files);
  const code = await run(['extract', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('timeout-chain extract', () => {
  it('lists written values with lines and the idle defaults left in force (JSON by default)', async () => {
    const { code, out } = await extract(['nginx.conf'], { 'nginx.conf': NGINX });
    expect(code).toBe(0);
    const json = JSON.parse(out) as ExtractJson;
    const file = json.files[0];
    expect(file?.format).toBe('nginx');
    const server = file?.nodes.find((n) => n.scope === 'server :8080');
    const upstream = file?.nodes.find((n) => n.scope === 'upstream app');
    expect(server?.settings).toContainEqual(
      expect.objectContaining({
        name: 'keepalive_timeout',
        role: 'server-idle',
        ms: 65_000,
        origin: 'explicit',
        line: 7,
      }),
    );
    // The upstream block holds the pool: written pool size as a count, idle timeout defaulted.
    expect(upstream?.settings).toContainEqual(
      expect.objectContaining({
        name: 'upstream.keepalive',
        count: 16,
        origin: 'explicit',
        line: 3,
      }),
    );
    expect(upstream?.settings).toContainEqual(
      expect.objectContaining({
        name: 'upstream.keepalive_timeout',
        role: 'client-idle',
        ms: 60_000,
        origin: 'default',
      }),
    );
    // A server that forwards to an upstream of the file lists no client side of its own.
    expect(server?.settings.some((s) => s.role === 'client-idle')).toBe(false);
    expect(upstream?.settings.some((s) => s.role === 'server-idle')).toBe(false);
  });

  it('lists the effective default for a node with nothing written', async () => {
    const go =
      'package main\n\nimport "net/http"\n\nfunc main() {\n\tsrv := &http.Server{Addr: ":8080"}\n\t_ = srv.ListenAndServe()\n}\n';
    const { out } = await extract(['main.go'], { 'main.go': go });
    const node = (JSON.parse(out) as ExtractJson).files[0]?.nodes[0];
    expect(node?.tech).toBe('go-http-server');
    const idle = node?.settings.find((s) => s.role === 'server-idle');
    expect(idle).toMatchObject({ ms: null });
    expect(['default', 'fallback']).toContain(idle?.origin);
  });

  it('reports an unknown format as a diagnostic and exits 1', async () => {
    const { code, out } = await extract(['a.conf', 'notes.txt'], {
      'a.conf': NGINX,
      'notes.txt': 'just words\n',
    });
    expect(code).toBe(1);
    const json = JSON.parse(out) as ExtractJson;
    expect(json.files[0]?.diagnostics).toEqual([]);
    expect(json.files[1]).toMatchObject({ file: 'notes.txt', format: null, nodes: [] });
    expect(json.files[1]?.diagnostics[0]).toMatchObject({
      code: 'IMPORT_UNKNOWN_FORMAT',
      severity: 'error',
      line: 1,
      column: 1,
    });
  });

  it('exits 1 when a parser reports an error, keeping what it could read', async () => {
    const broken = 'server {\n    listen 8080;\n    keepalive_timeout 65\n}\n';
    const { code, out } = await extract(['broken.conf'], { 'broken.conf': broken });
    const file = (JSON.parse(out) as ExtractJson).files[0];
    expect(
      file?.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('NGINX_')),
    ).toBe(true);
    expect(code).toBe(1);
  });

  it('prints a text table with --format text', async () => {
    const { out } = await extract(['--format', 'text', 'nginx.conf'], { 'nginx.conf': NGINX });
    expect(out).toContain('nginx.conf (nginx)');
    expect(out).toMatch(/keepalive_timeout\s+server-idle\s+65 s\s+line 7/);
    expect(out).toMatch(/upstream\.keepalive_timeout\s+client-idle\s+60 s\s+nginx default/);
  });

  it('indents the JSON on a terminal or with --pretty, and keeps it on one line when piped', async () => {
    const files = { 'nginx.conf': NGINX };
    const piped = await extract(['nginx.conf'], files);
    expect(piped.out.trimEnd().split('\n')).toHaveLength(1);
    const pretty = await extract(['--pretty', 'nginx.conf'], files);
    expect(pretty.out).toContain('\n  "files": [\n');
    const tty = createFakeIo(files, { isTty: true });
    await run(['extract', 'nginx.conf'], tty);
    expect(tty.out).toBe(pretty.out);
    expect(JSON.parse(piped.out)).toEqual(JSON.parse(pretty.out));
  });

  it('reads stdin for -', async () => {
    const { code, out } = await extract(['-'], { '-': NGINX });
    expect(code).toBe(0);
    expect((JSON.parse(out) as ExtractJson).files[0]?.file).toBe('<stdin>');
  });

  it.each([
    [['missing.conf'], /cannot read missing\.conf/],
    [[], /give one or more config files/],
    [['--format', 'yaml', 'x'], /--format must be one of json, text/],
  ])('%j → exit 2, one line on stderr', async (args, message) => {
    const { code, err, out } = await extract(args, {});
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toMatch(message);
  });
});
