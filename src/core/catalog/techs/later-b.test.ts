import { describe, expect, it } from 'vitest';
import { caddy } from './caddy';
import { kestrel } from './dotnet';
import { okhttp } from './java-clients';
import { resolveFor } from './testing';
import { traefik } from './traefik';

describe('traefik', () => {
  it('defaults: 180 s idle, 90 s backend pool, Go retry rules', () => {
    const r = resolveFor('traefik');
    expect(r.server?.idle.value).toBe(180_000);
    expect(r.client?.idle.value).toBe(90_000);
    expect(r.client?.retry.policy).toBe('any-unsent');
  });

  it('idleTimeout 0 falls back to readTimeout (60 s since 2.11.2, none before)', () => {
    const now = resolveFor('traefik', { 'respondingTimeouts.idleTimeout': 0 }).server!.idle;
    expect(now).toMatchObject({
      value: 60_000,
      origin: { kind: 'fallback', from: 'respondingTimeouts.readTimeout' },
    });
    expect(
      resolveFor('traefik', { 'respondingTimeouts.idleTimeout': 0 }, '2.11.0').server!.idle.value,
    ).toBeNull();
  });

  it('writes static YAML', () => {
    const snip = traefik.settings.find((s) => s.key === 'respondingTimeouts.idleTimeout')!.snippet!;
    expect(snip(65_000)).toContain('respondingTimeouts:\n        idleTimeout: 1m5s');
  });
});

describe('caddy', () => {
  it('defaults: 5 min idle, 2 min upstream keepalive; keepalive off disables reuse', () => {
    const r = resolveFor('caddy');
    expect(r.server?.idle.value).toBe(300_000);
    expect(r.client?.idle.value).toBe(120_000);
    expect(
      resolveFor('caddy', { 'reverse_proxy.transport.keepalive.enabled': false }).client!.reuse,
    ).toBe(false);
    expect(resolveFor('caddy', { 'servers.timeouts.idle': 0 }).server!.idle.value).toBe(300_000);
  });

  it('writes the Caddyfile transport block', () => {
    const snip = caddy.settings.find(
      (s) => s.key === 'reverse_proxy.transport.keepalive',
    )!.snippet!;
    expect(snip(55_000)).toContain('\ttransport http {\n\t\tkeepalive 55s\n\t}');
    expect(snip(55_000)).toContain('"keep_alive": { "idle_timeout": "55s" }');
  });
});

describe('apache-httpd', () => {
  it('5 s toward clients, no idle limit toward backends', () => {
    const r = resolveFor('apache-httpd');
    expect(r.server?.idle.value).toBe(5000);
    expect(r.server?.maxRequests?.value).toBe(100);
    expect(r.client?.idle.value).toBeNull();
    expect(resolveFor('apache-httpd', { KeepAlive: false }).server!.keepAlive).toBe(false);
    expect(
      resolveFor('apache-httpd', { MaxKeepAliveRequests: 0 }).server!.maxRequests?.value,
    ).toBeNull();
  });
});

describe('.NET', () => {
  it('kestrel: 130 s with a 1 s heartbeat', () => {
    const s = resolveFor('kestrel').server!;
    expect(s.idle.value).toBe(130_000);
    expect(s.granularityMs).toBe(1000);
    const snippet = kestrel.settings[0]!.snippet!(130_000);
    expect(snippet).toContain('"KeepAliveTimeout": "00:02:10"');
    expect(snippet).toContain('options.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(130)');
  });

  it('HttpClient: 60 s since .NET 6, 2 min before; hint − 1 s', () => {
    expect(resolveFor('dotnet-http-client', {}, '8.0').client!.idle.value).toBe(60_000);
    expect(resolveFor('dotnet-http-client', {}, '5.0').client!.idle.value).toBe(120_000);
    expect(resolveFor('dotnet-http-client').client!.hint).toEqual(
      expect.objectContaining({ honours: true, marginMs: 1000 }),
    );
  });
});

describe('java clients', () => {
  it('okhttp: 5 min, retries any replayable request unless disabled', () => {
    const c = resolveFor('okhttp').client!;
    expect(c.idle.value).toBe(300_000);
    expect(c.retry.policy).toBe('any');
    expect(resolveFor('okhttp', { retryOnConnectionFailure: false }).client!.retry.policy).toBe(
      'none',
    );
    expect(okhttp.settings[0]!.snippet!(55_000)).toBe('ConnectionPool(5, 55, TimeUnit.SECONDS)');
  });

  it('jdk-httpclient: 1200 s on 17 (run), 30 s since 20 (JDK-8297030)', () => {
    expect(resolveFor('jdk-httpclient', {}, '17').client!.idle.value).toBe(1_200_000);
    const c = resolveFor('jdk-httpclient', {}, '21').client!;
    expect(c.idle.value).toBe(30_000);
    expect(c.idle.origin).toMatchObject({ kind: 'default' });
    expect(c.idle.origin).not.toHaveProperty('assumption');
  });

  it('apache-httpclient4: no limit without a hint; a custom strategy ignores hints', () => {
    const c = resolveFor('apache-httpclient4').client!;
    expect(c.idle.value).toBeNull();
    expect(c.hint).toEqual(
      expect.objectContaining({ honours: true, marginMs: 0, replacesIdle: true }),
    );
    expect(c.retry).toMatchObject({ policy: 'any-unsent', attempts: 3 });
    const custom = resolveFor('apache-httpclient4', { keepAliveStrategy: 30_000 }).client!;
    expect(custom.idle.value).toBe(30_000);
    expect(custom.hint.honours).toBe(false);
  });

  it('reactor-netty: no idle limit, one retry unless disabled', () => {
    const c = resolveFor('reactor-netty').client!;
    expect(c.idle.value).toBeNull();
    expect(c.retry).toMatchObject({ policy: 'any', attempts: 1 });
    expect(resolveFor('reactor-netty', { maxIdleTime: 20_000 }).client!.idle.value).toBe(20_000);
    expect(resolveFor('reactor-netty', { disableRetry: true }).client!.retry.policy).toBe('none');
  });

  it('jetty: 30 s', () => {
    expect(resolveFor('jetty').server!.idle.value).toBe(30_000);
  });
});
