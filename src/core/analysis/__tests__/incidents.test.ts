/**
 * Table-driven: every incident in §6 of the reference and every rule in §7 as a chain with its
 * expected verdicts and fixes. Values are as the reference gives them; fixes must make every hop ok.
 */
import { describe, expect, it } from 'vitest';
import { analyzeChain, applyFixPlan } from '../engine';
import { chainOf, type NodeSpec } from '../test-chain';
import type { Verdict } from '../types';

interface Case {
  name: string;
  chain: NodeSpec[];
  verdicts: Verdict[];
  /** Expected fixes: node index, setting, and an exact value or a [min, max] range. */
  fixes?: { node: number; setting: string; value: number | [number, number] }[];
  /** Rules expected among hop findings, by hop. */
  rules?: Record<number, string[]>;
  /** Hops the plan cannot fix. */
  unresolved?: number[];
}

const CASES: Case[] = [
  {
    name: '§6.1 Node behind AWS ALB at defaults: Node 5 s < ALB 60 s',
    chain: ['aws-alb', 'node-http-server'],
    verdicts: ['risk'],
    rules: { 0: ['server-closes-first', 'retry-behaviour'] },
    fixes: [
      { node: 1, setting: 'server.keepAliveTimeout', value: 65000 },
      { node: 1, setting: 'server.headersTimeout', value: 66000 },
    ],
  },
  {
    name: '§6.1 fixed: keepAliveTimeout 65 s and headersTimeout 66 s behind ALB',
    chain: [
      'aws-alb',
      ['node-http-server', { 'server.keepAliveTimeout': 65000, 'server.headersTimeout': 66000 }],
    ],
    verdicts: ['ok'],
  },
  {
    name: '§6.3 gunicorn gthread behind ALB: keepalive 2 s',
    chain: ['aws-alb', ['gunicorn', { worker_class: 'gthread' }]],
    verdicts: ['risk'],
    fixes: [{ node: 1, setting: 'keepalive', value: 65000 }],
  },
  {
    name: '§6.3 gunicorn --threads 4 with the sync worker runs gthread',
    chain: ['aws-alb', ['gunicorn', { threads: 4 }]],
    verdicts: ['risk'],
  },
  {
    name: '§4 gunicorn sync worker: no keep-alive, no race (churn note)',
    chain: ['aws-alb', 'gunicorn'],
    verdicts: ['ok'],
    rules: { 0: ['pool-disabled'] },
  },
  {
    name: '§6.3 alphagov: ALB idle 30 s, gunicorn keepalive 35 s',
    chain: [
      ['aws-alb', { 'idle_timeout.timeout_seconds': 30000 }],
      ['gunicorn', { worker_class: 'gevent', keepalive: 35000 }],
    ],
    verdicts: ['ok'],
  },
  {
    name: '§7.8 uvicorn under gunicorn UvicornWorker: gunicorn keepalive 2 s wins',
    chain: ['aws-alb', ['uvicorn', { gunicorn: true }]],
    verdicts: ['risk'],
  },
  {
    name: '§7 uvicorn standalone behind ALB: 5 s',
    chain: ['aws-alb', 'uvicorn'],
    verdicts: ['risk'],
    fixes: [{ node: 1, setting: 'timeout_keep_alive', value: 65000 }],
  },
  {
    name: '§6.6 Go client DefaultTransport 90 s against a Go server with IdleTimeout 30 s',
    chain: ['go-transport', ['go-http-server', { IdleTimeout: 30000 }]],
    verdicts: ['risk'],
  },
  {
    name: '§7.3 Go zero-value Transport has no idle limit',
    chain: [
      ['go-transport', { transport: 'zero' }],
      ['go-http-server', { IdleTimeout: 60000 }],
    ],
    verdicts: ['risk'],
    rules: { 0: ['client-without-idle-limit'] },
    fixes: [{ node: 0, setting: 'IdleConnTimeout', value: 55000 }],
  },
  {
    name: '§4 Go server without IdleTimeout and ReadTimeout never closes idle connections',
    chain: ['go-transport', 'go-http-server'],
    verdicts: ['ok'],
  },
  {
    name: 'Foundation example: nginx upstream 55 s, Go app ReadTimeout 30 s (IdleTimeout unset)',
    chain: [
      ['nginx@1.29.7', { 'upstream.keepalive_timeout': 55000 }],
      ['go-http-server', { ReadTimeout: 30000 }],
    ],
    verdicts: ['risk'],
    rules: { 0: ['server-closes-first'] },
  },
  {
    name: '§7 nginx ≥ 1.29.7 keeps upstream connections by default: 60 s against Node 5 s',
    chain: ['nginx@1.29.7', 'node-http-server'],
    verdicts: ['risk'],
  },
  {
    name: '§7 nginx before 1.29.7 without upstream keepalive: no reuse',
    chain: ['nginx@1.28.0', 'node-http-server'],
    verdicts: ['ok'],
    rules: { 0: ['pool-disabled'] },
  },
  {
    name: 'Seed article chain fixed: Go client 55 s → nginx 65 s / upstream 55 s → Go app 60 s',
    chain: [
      ['go-transport', { IdleConnTimeout: 55000 }],
      [
        'nginx@1.28.0',
        {
          keepalive_timeout: 65000,
          'upstream.keepalive': 100,
          'upstream.keepalive_timeout': 55000,
          proxy_http_version: '1.1',
          'proxy_set_header.Connection': '',
        },
      ],
      ['go-http-server', { IdleTimeout: 60000 }],
    ],
    verdicts: ['ok', 'ok'],
  },
  {
    name: 'Seed article race: server 60 s, client 90 s',
    chain: ['go-transport', ['go-http-server', { IdleTimeout: 60000 }]],
    verdicts: ['risk'],
  },
  {
    name: '§6.7 ingress-nginx upstream 60 s against Node 5 s',
    chain: ['ingress-nginx', 'node-http-server'],
    verdicts: ['risk'],
  },
  {
    name: '§6.7 ingress-nginx with upstream-keepalive-connections 0: no reuse',
    chain: [['ingress-nginx', { 'upstream-keepalive-connections': 0 }], 'node-http-server'],
    verdicts: ['ok'],
  },
  {
    name: '§6.8/§7 Spring Boot embedded Tomcat behind ALB: 60 s = 60 s is an exact tie',
    chain: ['aws-alb', 'spring-boot-tomcat'],
    verdicts: ['risk'],
    fixes: [{ node: 1, setting: 'server.tomcat.keep-alive-timeout', value: 65000 }],
  },
  {
    name: '§7.8 Tomcat with the shipped server.xml (connectionTimeout 20000) behind ALB',
    chain: ['aws-alb', ['tomcat', { connectionTimeout: 20000 }]],
    verdicts: ['risk'],
  },
  {
    name: '§6.11 Node Agent with keepAlive and no timeout ignores the hint',
    chain: [['node-agent', { agent: 'custom', keepAlive: true }], 'node-http-server'],
    verdicts: ['risk'],
    rules: { 0: ['client-without-idle-limit', 'hint-effect'] },
  },
  {
    name: '§7.2 Node globalAgent honours the hint as hint − 1 s: 4 s vs Node 18’s 5 s is thin',
    chain: ['node-agent', 'node-http-server@18.20.8'],
    verdicts: ['warn'],
  },
  {
    name: 'Node 20.20.2 closes 1 s after keepAliveTimeout (measured in the lab): globalAgent 4 s vs 6 s is ok',
    chain: ['node-agent', 'node-http-server'],
    verdicts: ['ok'],
  },
  {
    name: '§7.2 undici honours the hint as hint − 2 s: 3 s vs 5 s',
    chain: ['undici', 'node-http-server'],
    verdicts: ['ok'],
  },
  {
    name: '§7.2 Apache HttpClient 5 honours the hint with no margin: exact tie with Node 18',
    chain: ['apache-httpclient5', 'node-http-server@18.20.8'],
    verdicts: ['risk'],
  },
  {
    name: '§7.2 Apache HttpClient 5 at the hint vs Node 20’s extra second: thin',
    chain: ['apache-httpclient5', 'node-http-server'],
    verdicts: ['warn'],
  },
  {
    name: '§7 Apache HttpClient 5 at 3 min against nginx 75 s',
    chain: ['apache-httpclient5', 'nginx'],
    verdicts: ['risk'],
  },
  {
    name: 'Seed article client: HttpClient 5 evicting idle after 55 s against Spring 60 s',
    chain: [
      ['apache-httpclient5', { evictIdleConnections: 55000 }],
      ['spring-boot-tomcat', { 'server.tomcat.keep-alive-timeout': 60000 }],
    ],
    verdicts: ['ok'],
  },
  {
    name: '§7 ALB → nginx at defaults (75 s > 60 s)',
    chain: ['aws-alb', 'nginx'],
    verdicts: ['ok'],
  },
  {
    name: '§7.6 thin margin: client 59.5 s against server 60 s',
    chain: [
      ['go-transport', { IdleConnTimeout: 59500 }],
      ['go-http-server', { IdleTimeout: 60000 }],
    ],
    verdicts: ['warn'],
    rules: { 0: ['thin-margin'] },
  },
  {
    name: 'ALB in the middle is tied: Go client 90 s → ALB 60 s → Node 5 s',
    chain: ['go-transport', 'aws-alb', 'node-http-server'],
    verdicts: ['risk', 'risk'],
    fixes: [
      { node: 0, setting: 'IdleConnTimeout', value: 55000 },
      { node: 2, setting: 'server.keepAliveTimeout', value: 65000 },
      { node: 2, setting: 'server.headersTimeout', value: 66000 },
    ],
  },
  {
    name: 'Locked app value: the plan lowers the ALB idle timeout instead',
    chain: ['aws-alb', ['node-http-server', {}, { locked: ['server.keepAliveTimeout'] }]],
    verdicts: ['risk'],
    fixes: [{ node: 0, setting: 'idle_timeout.timeout_seconds', value: [1000, 3000] }],
  },
  {
    name: 'Both sides locked: the plan reports the hop unresolved',
    chain: [
      ['aws-alb', {}, { locked: ['idle_timeout.timeout_seconds'] }],
      ['node-http-server', {}, { locked: ['server.keepAliveTimeout'] }],
    ],
    verdicts: ['risk'],
    unresolved: [0],
  },
  {
    name: 'Unknown technology gives an unknown verdict',
    chain: ['aws-alb', 'no-such-tech'],
    verdicts: ['unknown'],
    rules: { 0: ['missing-side'] },
  },
  {
    name: 'A server-only technology in the middle cannot act as a client',
    chain: ['aws-alb', 'node-http-server', 'go-http-server'],
    verdicts: ['risk', 'unknown'],
  },
  {
    name: '§6.4 GCP external LB (600 s fixed) → nginx 65 s',
    chain: ['gcp-https-lb', ['nginx', { keepalive_timeout: 65000 }]],
    verdicts: ['risk'],
    fixes: [{ node: 1, setting: 'keepalive_timeout', value: [601000, 660000] }],
  },
  {
    name: '§6.4 GCP external LB → gunicorn 650 s (ONSdigital fix)',
    chain: ['gcp-https-lb', ['gunicorn', { worker_class: 'gthread', keepalive: 650000 }]],
    verdicts: ['ok'],
  },
  {
    name: '§6.4 GCP external LB → Node 5 s: the LB side is not configurable',
    chain: ['gcp-https-lb', 'node-http-server'],
    verdicts: ['risk'],
    fixes: [
      { node: 1, setting: 'server.keepAliveTimeout', value: [601000, 660000] },
      { node: 1, setting: 'server.headersTimeout', value: [602000, 661000] },
    ],
  },
  {
    name: '§6.5 Istio sidecar (1 h upstream pool) → app with Node 5 s',
    chain: ['istio-sidecar', 'node-http-server'],
    verdicts: ['risk'],
  },
  {
    name: '§6.5 Istio fix: DestinationRule idleTimeout 3 s below Node 5 s',
    chain: [['istio-sidecar', { 'connectionPool.http.idleTimeout': 3000 }], 'node-http-server'],
    verdicts: ['ok'],
  },
  {
    name: '§6.9 .NET HttpClient 60 s pool idle → Jetty 30 s',
    chain: ['dotnet-http-client', 'jetty'],
    verdicts: ['risk'],
  },
  {
    name: '§6.9 Kestrel 130 s outlives .NET HttpClient 60 s',
    chain: ['dotnet-http-client', 'kestrel'],
    verdicts: ['ok'],
  },
  {
    name: '§6.10 IPVS kube-proxy forgets idle flows after 900 s: Go client 20 min → app 30 min',
    chain: [
      ['go-transport', { IdleConnTimeout: 1_200_000 }],
      'kube-proxy-ipvs',
      ['go-http-server', { IdleTimeout: 1_800_000 }],
    ],
    verdicts: ['risk'],
    rules: { 0: ['middlebox-shorter'] },
  },
  {
    name: '§7.4 NAT gateway 350 s between a 5 min client and a 10 min server',
    chain: [
      ['go-transport', { IdleConnTimeout: 300_000 }],
      'aws-nat-gateway',
      ['go-http-server', { IdleTimeout: 600_000 }],
    ],
    verdicts: ['risk'],
    rules: { 0: ['middlebox-shorter'] },
  },
  {
    name: '§7 Cloudflare (900 s) → origin nginx 75 s',
    chain: ['cloudflare', 'nginx'],
    verdicts: ['risk'],
  },
  {
    name: '§7 CloudFront 5 s → Node 18 at 5 s is a tie',
    chain: ['aws-cloudfront', 'node-http-server@18.20.8'],
    verdicts: ['risk'],
  },
  {
    name: '§7 ALB → puma 7 (65 s) is fine',
    chain: ['aws-alb', 'puma'],
    verdicts: ['ok'],
  },
  {
    name: '§7 OkHttp 5 min → httpd 5 s',
    chain: ['okhttp', 'apache-httpd'],
    verdicts: ['risk'],
  },
  {
    name: '§7.3 Reactor Netty has no idle limit',
    chain: ['reactor-netty', 'kestrel'],
    verdicts: ['risk'],
    rules: { 0: ['client-without-idle-limit'] },
  },
];

describe('incidents and rules of thumb', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const chain = chainOf(c.chain);
    const report = analyzeChain(chain);
    expect(report.hops.map((h) => h.verdict)).toEqual(c.verdicts);
    for (const [hop, rules] of Object.entries(c.rules ?? {}))
      expect(report.hops[Number(hop)]?.findings.map((f) => f.rule)).toEqual(
        expect.arrayContaining(rules),
      );
    if (c.fixes) {
      const got = report.fixPlan.changes.map((x) => ({
        node: x.nodeIndex,
        setting: x.setting,
        value: x.value,
      }));
      expect(got).toHaveLength(c.fixes.length);
      for (const f of c.fixes) {
        const g = got.find((x) => x.node === f.node && x.setting === f.setting);
        expect(g, `fix on node ${f.node} ${f.setting}`).toBeDefined();
        if (Array.isArray(f.value)) {
          expect(g?.value).toBeGreaterThanOrEqual(f.value[0]);
          expect(g?.value).toBeLessThanOrEqual(f.value[1]);
        } else expect(g?.value).toBe(f.value);
      }
    }
    expect(report.fixPlan.unresolved.map((u) => u.hop)).toEqual(c.unresolved ?? []);
    if (!c.unresolved && !c.verdicts.includes('unknown')) {
      const after = analyzeChain(applyFixPlan(chain, report.fixPlan));
      expect(after.hops.map((h) => h.verdict)).toEqual(c.verdicts.map(() => 'ok'));
      expect(report.fixPlan.verdictsAfter).toEqual(after.hops.map((h) => h.verdict));
    }
  });

  it('has at least 30 chains', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });
});
