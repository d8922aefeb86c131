import { describe, expect, it } from 'vitest';
import { ingressNginx } from './ingress-nginx';
import { resolveFor } from './testing';

const snip = (k: string) => ingressNginx.settings.find((s) => s.key === k)!.snippet!;

describe('ingress-nginx', () => {
  it('defaults: server 75 s, upstream pool 60 s, retried up to 3 tries', () => {
    const r = resolveFor('ingress-nginx');
    expect(r.server?.idle.value).toBe(75_000);
    expect(r.server?.hint).toBeNull();
    expect(r.server?.maxRequests?.value).toBe(1000);
    expect(r.client?.idle.value).toBe(60_000);
    expect(r.client?.reuse).toBe(true);
    expect(r.client?.maxRequests?.value).toBe(10_000);
    expect(r.client?.maxAge?.value).toBe(3_600_000);
    expect(r.client?.retry).toMatchObject({ policy: 'next-upstream', attempts: 3 });
    expect(r.client?.fixKey).toBe('upstream-keepalive-timeout');
  });

  it('upstream-keepalive-connections 0 disables reuse', () => {
    const c = resolveFor('ingress-nginx', { 'upstream-keepalive-connections': 0 }).client!;
    expect(c.reuse).toBe(false);
    expect(c.reuseNote).toMatch(/upstream-keepalive-connections/);
  });

  it('retry-non-idempotent retries any method; tries follow the key', () => {
    const c = resolveFor('ingress-nginx', {
      'retry-non-idempotent': true,
      'proxy-next-upstream-tries': 5,
    }).client!;
    expect(c.retry).toMatchObject({ policy: 'any', attempts: 5 });
  });

  it('writes ConfigMap snippets with string values', () => {
    expect(snip('upstream-keepalive-timeout')(55_000)).toBe('upstream-keepalive-timeout: "55"');
    expect(snip('keep-alive')(65_000)).toBe('keep-alive: "65"');
    expect(snip('upstream-keepalive-time')(3_600_000)).toBe('upstream-keepalive-time: "1h"');
  });
});
