import { describe, expect, it } from 'vitest';
import { createFakeIo } from './fake-io';
import { run } from './main';

async function decode(args: string[], files: Record<string, string> = {}) {
  const io = createFakeIo(files);
  const code = await run(['decode', ...args], io);
  return { code, out: io.out, err: io.err };
}

const NGINX_LINE =
  '2024/05/01 12:00:03 [error] 31#31: *17 upstream prematurely closed connection while reading response header from upstream, client: 10.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://10.0.2.7:3000/", host: "shop.example"';
const ALB = (time: string, elb: string, target: string) =>
  `http ${time} app/shop/50dc6c495c0c9188 192.168.131.39:2817 10.0.2.7:3000 0.000 -1 -1 ${elb} ${target} 34 366 "GET http://shop.example:80/ HTTP/1.1" "curl/8.5.0" - - arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/shop/7 "Root=1" "-" "-" 0 ${time} "forward" "-" "-" "10.0.2.7:3000" "-" "-" "-"`;

describe('timeout-chain decode', () => {
  it("points nginx's premature close to the nginx → app hop of the article's chain (index 1)", async () => {
    const { code, out } = await decode(
      ['--format', 'json', 'tech:curl', 'tech:nginx', 'tech:node-http-server', '--', 'error.log'],
      { 'error.log': `${NGINX_LINE}\n` },
    );
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatchObject({
      line: NGINX_LINE,
      source: 'nginx-error-log',
      meaning: 'upstream-closed',
      race: true,
      hop: { index: 1, client: { tech: 'nginx' }, server: { tech: 'node-http-server' } },
    });
    expect(r.summary.byHop).toEqual([expect.objectContaining({ index: 1, lines: 1 })]);
  });

  it('without a chain every argument is a log and hop is null; - reads stdin', async () => {
    const { code, out } = await decode(['--format', 'json', '-'], { '-': NGINX_LINE });
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.lines[0].hop).toBeNull();
    expect(r.lines[0].file).toBe('<stdin>');
    expect(r.summary.unattributed).toBe(1);
  });

  it('measures the rate per hour and finds 502s after quiet periods in an ALB log', async () => {
    // One request, then three times: a 4-minute silence, a 502, ten requests a second apart.
    const t0 = Date.UTC(2024, 4, 1, 12, 0, 0);
    const at = (ms: number) => new Date(t0 + ms).toISOString();
    const rows: string[] = [ALB(at(0), '200', '200')];
    for (let burst = 0; burst < 3; burst++) {
      const start = 240_000 + burst * 250_000;
      rows.push(ALB(at(start), '502', '-'));
      for (let i = 1; i <= 10; i++) rows.push(ALB(at(start + i * 1000), '200', '200'));
    }
    rows.push(ALB(new Date(Date.UTC(2024, 4, 1, 13, 0, 0)).toISOString(), '200', '200'));
    const { out } = await decode(
      ['--format', 'json', 'tech:aws-alb', 'tech:node-http-server', '--', 'alb.log'],
      {
        'alb.log': rows.join('\n'),
      },
    );
    const s = JSON.parse(out).summary;
    expect(s.failures).toBe(3);
    expect(s.traffic).toBe(32);
    expect(s.byHop[0]).toMatchObject({ index: 0, lines: 3 });
    expect(s.time.spanHours).toBe(1);
    expect(s.time.failuresPerHour).toBe(3);
    expect(s.time.quiet.measured).toBe(true);
    expect(s.time.quiet.medianGapMs).toBe(1000);
    expect(s.time.quiet.medianGapBeforeFailureMs).toBe(240_000);
    expect(s.time.quiet.clustered).toBe(true);
  });

  it('prints text naming the hop from 1, like check', async () => {
    const { code, out } = await decode(['tech:nginx', 'tech:node-http-server', '--', 'e.log'], {
      'e.log': NGINX_LINE,
    });
    expect(code).toBe(0);
    expect(out).toContain('→ hop 1: nginx → node-http-server');
    expect(out).toContain('the keep-alive race');
  });

  it('exits 2 on usage errors: no logs, unknown option, unreadable log, bad chain', async () => {
    expect((await decode([])).code).toBe(2);
    expect((await decode(['--colour', 'x.log'])).code).toBe(2);
    const missing = await decode(['missing.log']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read missing.log');
    expect((await decode(['tech:no-such-tech', '--', 'e.log'], { 'e.log': '' })).code).toBe(2);
    expect((await decode(['--format', 'xml', 'e.log'], { 'e.log': '' })).code).toBe(2);
  });

  it('exits 0 on a log with nothing it recognises', async () => {
    const { code, out } = await decode(['e.log'], { 'e.log': 'hello\nworld\n' });
    expect(code).toBe(0);
    expect(out).toContain('No failure line recognised.');
    expect(out).toContain('2 not recognised');
  });
});
