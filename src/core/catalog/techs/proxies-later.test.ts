import { describe, expect, it } from 'vitest';
import { envoy } from './envoy';
import { haproxy } from './haproxy';
import { istioSidecar } from './istio-sidecar';
import { resolveFor } from './testing';

describe('haproxy', () => {
  it('no timeouts set: S = no limit, reported as a fallback', () => {
    const s = resolveFor('haproxy').server!;
    expect(s.idle.value).toBeNull();
    expect(s.idle.origin).toMatchObject({ kind: 'fallback', from: 'timeout client' });
  });

  it('http-keep-alive → http-request → client', () => {
    expect(resolveFor('haproxy', { 'timeout client': 50_000 }).server!.idle).toMatchObject({
      value: 50_000,
      origin: { kind: 'fallback', from: 'timeout client' },
    });
    expect(
      resolveFor('haproxy', { 'timeout client': 50_000, 'timeout http-request': 10_000 }).server!
        .idle.value,
    ).toBe(10_000);
    const s = resolveFor('haproxy', {
      'timeout client': 50_000,
      'timeout http-keep-alive': 4000,
    }).server!;
    expect(s.idle).toMatchObject({ value: 4000, origin: { kind: 'explicit' } });
  });

  it('client side: 5 s purge with 5 s granularity, 502 unless retry-on empty-response', () => {
    const c = resolveFor('haproxy').client!;
    expect(c.idle.value).toBe(5000);
    expect(c.granularityMs).toBe(5000);
    expect(c.retry.policy).toBe('returns-502');
    const retried = resolveFor('haproxy', { 'retry-on': 'conn-failure empty-response' }).client!;
    expect(retried.retry).toMatchObject({ policy: 'idempotent', attempts: 3 });
    expect(resolveFor('haproxy', { 'http-reuse': 'never' }).client!.reuse).toBe(false);
  });

  it('writes times with units (bare numbers are ms in HAProxy)', () => {
    const snip = haproxy.settings.find((s) => s.key === 'timeout http-keep-alive')!.snippet!;
    expect(snip(65_000)).toBe('timeout http-keep-alive 65s  # defaults / frontend');
    expect(snip(1500)).toBe('timeout http-keep-alive 1500ms  # defaults / frontend');
  });
});

describe('envoy', () => {
  it('defaults: 1 h on both sides, no reset retry (503 UC)', () => {
    const r = resolveFor('envoy');
    expect(r.server?.idle.value).toBe(3_600_000);
    expect(r.client?.idle.value).toBe(3_600_000);
    expect(r.client?.retry.policy).toBe('returns-502');
  });

  it('0s disables the idle timeout', () => {
    expect(resolveFor('envoy', { 'upstream.idle_timeout': 0 }).client!.idle.value).toBeNull();
  });

  it('maps retry_on to the retry policy', () => {
    expect(
      resolveFor('envoy', {
        'retry_policy.retry_on': 'reset,connect-failure',
        'retry_policy.num_retries': 2,
      }).client!.retry,
    ).toMatchObject({ policy: 'any', attempts: 2 });
    expect(
      resolveFor('envoy', { 'retry_policy.retry_on': 'reset-before-request' }).client!.retry.policy,
    ).toBe('any-unsent');
  });

  it('writes the cluster protocol options', () => {
    const snip = envoy.settings.find((s) => s.key === 'upstream.idle_timeout')!.snippet!;
    expect(snip(55_000)).toContain('common_http_protocol_options:\n');
    expect(snip(55_000).endsWith('idle_timeout: 55s')).toBe(true);
  });
});

describe('istio-sidecar', () => {
  it('inbound since 1.24 retries reset-before-request twice', () => {
    expect(resolveFor('istio-sidecar', {}, '1.24').client!.retry).toMatchObject({
      policy: 'any-unsent',
      attempts: 2,
    });
    expect(resolveFor('istio-sidecar', {}, '1.23').client!.retry.policy).toBe('returns-502');
    expect(
      resolveFor('istio-sidecar', { direction: 'outbound' }, '1.27').client!.retry.policy,
    ).toBe('returns-502');
  });

  it('DestinationRule idleTimeout sets C; the downstream default is an assumption', () => {
    const r = resolveFor('istio-sidecar', { 'connectionPool.http.idleTimeout': 4000 });
    expect(r.client?.idle.value).toBe(4000);
    expect(r.server?.idle.origin).toMatchObject({ kind: 'default', assumption: true });
    expect(
      resolveFor('istio-sidecar', { 'connectionPool.http.maxRequestsPerConnection': 1 }).client!
        .reuse,
    ).toBe(false);
  });

  it('writes DestinationRule YAML', () => {
    const snip = istioSidecar.settings.find(
      (s) => s.key === 'connectionPool.http.idleTimeout',
    )!.snippet!;
    expect(snip(4000)).toBe('trafficPolicy:\n  connectionPool:\n    http:\n      idleTimeout: 4s');
  });
});
