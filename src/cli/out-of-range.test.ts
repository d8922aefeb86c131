import { describe, expect, it } from 'vitest';
import { createFakeIo } from './fake-io';
import { run } from './main';

const HUGE = '9'.repeat(400);

async function cli(argv: string[], files: Record<string, string>) {
  const io = createFakeIo(files);
  const code = await run(argv, io);
  return { code, out: io.out, err: io.err };
}

interface Hop {
  verdict: string;
  server: { idleMs?: number | null; setting: string };
}
interface Extracted {
  files: {
    nodes: { settings: { name: string; ms?: number | null; unknown?: { expression: string } }[] }[];
    diagnostics: { code: string; severity: string; line: number; column: number }[];
  }[];
}

const setting = (json: Extracted, name: string) =>
  json.files[0]?.nodes[0]?.settings.find((s) => s.name === name);

describe('values outside what the technology accepts', () => {
  it('a 400-digit Spring duration is an error, not "Infinity s" nor "no limit"', async () => {
    const files = { 'app.properties': `server.tomcat.keep-alive-timeout=${HUGE}\n` };
    const text = await cli(['check', 'tech:aws-alb', 'app.properties'], files);
    expect(text.out).not.toMatch(/Infinity|∞/);
    expect(text.out).toMatch(/app\.properties:1:34: error \w+ .*too large\n/);
    const json = JSON.parse(
      (await cli(['check', 'tech:aws-alb', 'app.properties', '--format', 'json'], files)).out,
    ) as { hops: Hop[] };
    expect(json.hops[0]?.server.idleMs).not.toBeNull();
  });

  it('99999999999999999999d in nginx is refused (nginx caps times at 2^31−1 ms), not "ok"', async () => {
    const files = {
      'nginx.conf':
        'http {\n  keepalive_timeout 99999999999999999999d;\n  server { listen 80; }\n}\n',
    };
    const r = await cli(['check', 'tech:aws-alb', 'nginx.conf', '--format', 'json'], files);
    const json = JSON.parse(r.out) as { hops: Hop[]; verdict: string };
    expect(json.verdict).not.toBe('ok');
    expect(json.hops[0]?.verdict).toBe('unknown');
    expect(r.out).not.toMatch(/e\+\d/);
    const extracted = JSON.parse((await cli(['extract', 'nginx.conf'], files)).out) as Extracted;
    expect(extracted.files[0]?.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'IMPORT_VALUE_OUT_OF_RANGE', line: 2, column: 3 }),
    );
    expect(setting(extracted, 'keepalive_timeout')?.unknown?.expression).toBe(
      '99999999999999999999d',
    );
  });

  it('server.keepAliveTimeout = -5000 is unknown (Node throws on it), never "after -4000 ms"', async () => {
    const files = {
      'server.js':
        "const http = require('http');\nconst server = http.createServer(app);\nserver.keepAliveTimeout = -5000;\nserver.listen(3000);\n",
    };
    const r = await cli(['check', 'tech:aws-alb', 'server.js'], files);
    expect(r.out).not.toMatch(/-4000|−4000|-5000 ms/);
    expect(r.out).toMatch(/server\.js:3:\d+: warning IMPORT_VALUE_OUT_OF_RANGE .*negative/);
    expect(r.out).toMatch(/unknown \(-5000\)/);
  });

  it('a negative Go IdleTimeout means no timeout, as net/http documents, with a note', async () => {
    const files = {
      'main.go':
        'package main\n\nfunc main() {\n\tsrv := &http.Server{ReadTimeout: 30 * time.Second, IdleTimeout: -1}\n\tsrv.ListenAndServe()\n}\n',
    };
    const extracted = JSON.parse((await cli(['extract', 'main.go'], files)).out) as Extracted;
    expect(setting(extracted, 'IdleTimeout')?.ms).toBeNull();
    expect(extracted.files[0]?.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'IMPORT_VALUE_MAPPED', severity: 'info', line: 4 }),
    );
  });

  it('a chain file value past the range is unknown with CHAIN_VALUE_OUT_OF_RANGE', async () => {
    const files = {
      'edge.chain.yaml':
        'nodes:\n  - tech: aws-alb\n  - tech: nginx\n    settings:\n      keepalive_timeout: 99999999999999999999d\n      keepalive_requests: 99999999999999999999\n',
    };
    const r = await cli(['check', 'edge.chain.yaml', '--format', 'json'], files);
    const json = JSON.parse(r.out) as {
      hops: Hop[];
      diagnostics: { code: string; line: number; column: number }[];
    };
    expect(json.hops[0]?.verdict).toBe('unknown');
    expect(json.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'CHAIN_VALUE_OUT_OF_RANGE', line: 5, column: 26 }),
        expect.objectContaining({ code: 'CHAIN_VALUE_OUT_OF_RANGE', line: 6, column: 27 }),
      ]),
    );
  });

  it('the fix plan never proposes a value the technology refuses (nginx above 2^31−1 ms)', async () => {
    const files = {
      'edge.chain.yaml':
        'nodes:\n  - tech: go-transport\n    settings: { IdleConnTimeout: 40d }\n  - tech: nginx\n',
    };
    const r = await cli(['check', 'edge.chain.yaml', '--format', 'json'], files);
    const json = JSON.parse(r.out) as {
      fixPlan: { changes: { setting: string; snippet: string }[] };
    };
    expect(json.fixPlan.changes.map((c) => c.setting)).toEqual(['IdleConnTimeout']);
    expect(r.out).not.toMatch(/keepalive_timeout \d+h/);
  });
});
