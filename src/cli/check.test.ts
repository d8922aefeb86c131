import { describe, expect, it } from 'vitest';
import { createFakeIo } from './fake-io';
import { findSarifSchemaErrors } from './format/__schema__/validate-sarif';
import { run } from './main';

const NGINX = `upstream app {
    server 127.0.0.1:3000;
    keepalive 16;
    keepalive_timeout 60s;
}
server {
    listen 8080;
    keepalive_timeout 65;
    location / {
        proxy_pass http://app;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
    }
}
`;

async function check(
  args: string[],
  files: Record<string, string> = {},
  options: Parameters<typeof createFakeIo>[1] = {},
) {
  const io = createFakeIo(files, options);
  const code = await run(['check', ...args], io);
  return { code, out: io.out, err: io.err, io };
}

interface JsonHop {
  index: number;
  verdict: string;
  client: { node: string; tech: string; idleMs: number | null; origin: string; line?: number };
  server: {
    node: string;
    tech: string;
    idleMs: number | null;
    origin: string;
    file?: string;
    line?: number;
  };
  findings: {
    rule: string;
    severity: string;
    message: string;
    fixes: { node: string; setting: string; value: string; snippet: string }[];
  }[];
}

describe('timeout-chain check', () => {
  it('flags ALB → Node at defaults as risk with a keepAliveTimeout fix above 60 s', async () => {
    const { code, out, err } = await check([
      '--format',
      'json',
      'tech:aws-alb',
      'tech:node-http-server',
    ]);
    expect(err).toBe('');
    expect(code).toBe(1);
    const json = JSON.parse(out) as { hops: JsonHop[]; verdict: string };
    const hop = json.hops[0];
    expect(json.hops).toHaveLength(1);
    expect(hop?.index).toBe(0);
    expect(hop?.verdict).toBe('risk');
    expect(hop?.client).toMatchObject({
      node: 'aws-alb',
      tech: 'aws-alb',
      idleMs: 60_000,
      origin: 'default',
    });
    expect(hop?.server).toMatchObject({
      tech: 'node-http-server',
      idleMs: 6000,
      origin: 'default',
    });
    const finding = hop?.findings.find((f) => f.rule === 'server-closes-first');
    expect(finding?.severity).toBe('error');
    const fix = finding?.fixes.find((f) => f.setting === 'server.keepAliveTimeout');
    expect(fix?.node).toBe('node-http-server');
    expect(Number(fix?.value)).toBeGreaterThanOrEqual(61_000);
    expect(typeof fix?.value).toBe('string');
    expect(fix?.snippet).toContain('keepAliveTimeout');
  });

  it('exits 0 when the chain is safe, and 1 on warn only with --fail-on warn', async () => {
    const safe = 'nodes:\n  - tech: aws-alb\n  - tech: node-http-server\n    server-idle: 65s\n';
    expect((await check(['ok.chain.yaml'], { 'ok.chain.yaml': safe })).code).toBe(0);
    const thin =
      'nodes:\n  - tech: aws-alb\n  - tech: node-http-server\n    server-idle: 60500ms\n';
    const json = JSON.parse(
      (await check(['--format', 'json', 'thin.chain.yaml'], { 'thin.chain.yaml': thin })).out,
    ) as { hops: JsonHop[] };
    expect(json.hops[0]?.verdict).toBe('warn');
    expect((await check(['thin.chain.yaml'], { 'thin.chain.yaml': thin })).code).toBe(0);
    expect(
      (await check(['--fail-on', 'warn', 'thin.chain.yaml'], { 'thin.chain.yaml': thin })).code,
    ).toBe(1);
  });

  it('reads an nginx config as one node (server → its upstream) and says so', async () => {
    const { code, out } = await check(
      ['--format', 'json', 'tech:aws-alb', 'nginx.conf', 'tech:node-http-server'],
      { 'nginx.conf': NGINX },
    );
    expect(code).toBe(1);
    const json = JSON.parse(out) as { hops: JsonHop[]; notes: string[]; nodes: { tech: string }[] };
    expect(json.nodes.map((n) => n.tech)).toEqual(['aws-alb', 'nginx', 'node-http-server']);
    expect(json.hops[0]?.server).toMatchObject({
      tech: 'nginx',
      idleMs: 65_000,
      origin: 'explicit',
      file: 'nginx.conf',
      line: 8,
    });
    expect(json.hops[1]?.client).toMatchObject({
      tech: 'nginx',
      idleMs: 60_000,
      origin: 'explicit',
      line: 4,
    });
    expect(json.hops.map((h) => h.verdict)).toEqual(['ok', 'risk']);
    expect(json.notes.join('\n')).toMatch(/server :8080 → upstream app/);
  });

  it('prints a text report with the verdict, origins and the fix snippet, without colour off a terminal', async () => {
    const { out } = await check(['tech:aws-alb', 'tech:node-http-server']);
    expect(out).toMatch(/Hop 1: .*RISK/);
    expect(out).not.toMatch(/Hop 0|hop 0/);
    expect(out).toContain('aws-alb default');
    expect(out).toContain('server.keepAliveTimeout = 65_000;');
    expect(out).not.toContain('\u001b[');
  });

  it('colours on a terminal unless NO_COLOR is set', async () => {
    expect(
      (await check(['tech:aws-alb', 'tech:node-http-server'], {}, { isTty: true })).out,
    ).toContain('\u001b[1;31mRISK');
    expect(
      (
        await check(
          ['tech:aws-alb', 'tech:node-http-server'],
          {},
          { isTty: true, env: { NO_COLOR: '1' } },
        )
      ).out,
    ).not.toContain('\u001b[');
  });

  it('writes a review-ready Markdown report', async () => {
    const { out } = await check(['--format', 'markdown', 'tech:aws-alb', 'tech:node-http-server']);
    expect(out).toMatch(/^# Keep-alive timeout review\n/);
    expect(out).toContain('| Hop | Client side (C) | Server side (S) | S − C | Needed | Verdict |');
    expect(out).toMatch(/\| 1 \| .* \| −54 s \| .* \| 🔴 risk \|/);
    expect(out).toContain('## Fix plan');
    expect(out).toContain('   server.keepAliveTimeout = 65_000;');
  });

  it('writes SARIF 2.1.0 with one result per finding, located at explicit values', async () => {
    const { out } = await check(
      ['--format', 'sarif', 'tech:aws-alb', 'nginx.conf', 'tech:node-http-server'],
      { 'nginx.conf': NGINX },
    );
    const sarif = JSON.parse(out) as {
      version: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string }[] } };
        results: {
          ruleId: string;
          level: string;
          message: { text: string };
          locations?: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          }[];
        }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(findSarifSchemaErrors(sarif)).toEqual([]);
    const run0 = sarif.runs[0];
    expect(run0?.tool.driver.name).toBe('timeout-chain');
    const json = JSON.parse(
      (
        await check(['--format', 'json', 'tech:aws-alb', 'nginx.conf', 'tech:node-http-server'], {
          'nginx.conf': NGINX,
        })
      ).out,
    ) as { hops: JsonHop[] };
    expect(run0?.results).toHaveLength(json.hops.flatMap((h) => h.findings).length);
    const race = run0?.results.find((r) => r.ruleId === 'server-closes-first');
    expect(race?.level).toBe('error');
    // The fix moves the Node side, written nowhere; the nginx side's upstream keepalive_timeout is on line 4.
    expect(race?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'nginx.conf' },
      region: { startLine: 4, startColumn: 5 },
    });
    for (const r of run0?.results ?? [])
      expect(run0?.tool.driver.rules.map((x) => x.id)).toContain(r.ruleId);
    expect(run0?.results.every((r) => ['error', 'warning', 'note'].includes(r.level))).toBe(true);
  });

  it('applies --rtt to links and --margin to the required margin', async () => {
    const { out } = await check([
      '--format',
      'json',
      '--rtt',
      '30ms',
      '--margin',
      '5s',
      'tech:aws-alb',
      'tech:node-http-server',
    ]);
    const hop = (JSON.parse(out) as { hops: { rttMs: number; requiredMarginMs: number }[] })
      .hops[0];
    expect(hop?.rttMs).toBe(30);
    expect(hop?.requiredMarginMs).toBeGreaterThanOrEqual(5030);
  });
});

describe('check input errors', () => {
  it.each([
    [
      ['--format', 'xml', 'tech:nginx', 'tech:aws-alb'],
      /--format must be one of text, json, markdown, html, sarif/,
    ],
    [['--fail-on', 'ok', 'tech:nginx', 'tech:aws-alb'], /--fail-on must be one of risk, warn/],
    [['--rtt', 'fast', 'tech:nginx', 'tech:aws-alb'], /--rtt/],
    [['--bogus', 'tech:nginx'], /unknown option --bogus \(see --help\)/],
    [[], /give the chain/],
    [['tech:ngnix', 'tech:aws-alb'], /unknown technology "ngnix".*did you mean nginx/],
    [['missing.conf'], /cannot read missing\.conf: no such file or directory/],
    [['tech:nginx'], /at least two nodes/],
  ])('%j → exit 2 with one line on stderr', async (args, message) => {
    const { code, out, err } = await check(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^timeout-chain check: /);
  });

  it('prints a chain file’s errors with file:line:column and exits 2', async () => {
    const bad = 'nodes:\n  - tech: nginx\n    server-idle: 65x\n  - tech: nope\n';
    const { code, err } = await check(['bad.chain.yaml'], { 'bad.chain.yaml': bad });
    expect(code).toBe(2);
    expect(err).toContain('bad.chain.yaml:3:18: error CHAIN_BAD_DURATION');
    expect(err).toContain('bad.chain.yaml:4:11: error CHAIN_UNKNOWN_TECH');
  });

  it('names the formats an unrecognised config resembles', async () => {
    const { code, err } = await check(['tech:aws-alb', 'notes.txt'], {
      'notes.txt': 'hello there\n',
    });
    expect(code).toBe(2);
    expect(err).toMatch(/notes\.txt: unknown config format/);
  });

  it('imports config: files relative to the chain file, chain-file values winning', async () => {
    const chain =
      'nodes:\n  - tech: aws-alb\n  - tech: nginx\n    config: nginx.conf\n    client-idle: 3s\n  - tech: node-http-server\n';
    const io = createFakeIo({ 'infra/edge.chain.yaml': chain, 'infra/nginx.conf': NGINX });
    const code = await run(['check', '--format', 'json', 'infra/edge.chain.yaml'], io);
    expect(io.reads).toEqual(['infra/edge.chain.yaml', 'infra/nginx.conf']);
    const json = JSON.parse(io.out) as { hops: JsonHop[] };
    expect(json.hops[0]?.server).toMatchObject({
      idleMs: 65_000,
      file: 'infra/nginx.conf',
      line: 8,
    });
    expect(json.hops[1]?.client).toMatchObject({
      idleMs: 3000,
      file: 'infra/edge.chain.yaml',
      line: 5,
    });
    expect(json.hops[1]?.verdict).toBe('ok');
    expect(code).toBe(0);
  });

  it('reads a chain file from stdin', async () => {
    const io = createFakeIo({
      '-': 'nodes: [{tech: aws-alb}, {tech: node-http-server, server-idle: 65s}]',
    });
    expect(await run(['check', '-'], io)).toBe(0);
    expect(io.out).toContain('<stdin>:1');
  });
});
