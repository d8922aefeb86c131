import { describe, expect, it } from 'vitest';
import { gcpHttpsLb } from './gcp-https-lb';
import { azureLb, kubeProxyIpvs } from './l4-techs';
import { resolveFor } from './testing';

describe('gcp-https-lb', () => {
  it('client side is a fixed 600 s; server side 610 s', () => {
    const r = resolveFor('gcp-https-lb');
    expect(r.client?.idle.value).toBe(600_000);
    expect(r.server?.idle.value).toBe(610_000);
    expect(r.client?.retry.policy).toBe('returns-502');
    expect(gcpHttpsLb.settings.find((s) => s.key === 'backendKeepAliveTimeout')?.fixed).toBe(true);
  });
});

describe('cdn', () => {
  it('cloudfront keeps origin connections 5 s', () => {
    expect(resolveFor('aws-cloudfront').client!.idle.value).toBe(5000);
    expect(
      resolveFor('aws-cloudfront', { OriginKeepaliveTimeout: 30_000 }).client!.idle.value,
    ).toBe(30_000);
  });

  it('cloudflare: 400 s to visitors, 900 s to the origin', () => {
    const r = resolveFor('cloudflare');
    expect(r.server?.idle.value).toBe(400_000);
    expect(r.client?.idle.value).toBe(900_000);
  });
});

describe('l4 middleboxes', () => {
  it('NLB and NAT gateway: 350 s, RST', () => {
    expect(resolveFor('aws-nlb').l4).toMatchObject({
      idle: { value: 350_000 },
      onExpiry: 'rst',
      fixKey: 'tcp.idle_timeout.seconds',
    });
    expect(resolveFor('aws-nat-gateway').l4).toMatchObject({
      idle: { value: 350_000 },
      onExpiry: 'rst',
    });
    expect(resolveFor('aws-nlb').server).toBeUndefined();
  });

  it('IPVS: 900 s, 0 keeps the system value', () => {
    expect(resolveFor('kube-proxy-ipvs').l4!.idle.value).toBe(900_000);
    expect(resolveFor('kube-proxy-ipvs', { 'ipvs-tcp-timeout': 0 }).l4!.idle.value).toBe(900_000);
    expect(resolveFor('kube-proxy-ipvs', { 'ipvs-tcp-timeout': 600_000 }).l4!.idle.value).toBe(
      600_000,
    );
    expect(kubeProxyIpvs.settings[0]!.snippet!(600_000)).toBe('--ipvs-tcp-timeout=600s');
  });

  it('Azure LB: 4 min, silent drop unless TCP reset is on', () => {
    expect(resolveFor('azure-lb').l4).toMatchObject({ idle: { value: 240_000 }, onExpiry: 'drop' });
    expect(resolveFor('azure-lb', { enable_tcp_reset: true }).l4!.onExpiry).toBe('rst');
    expect(azureLb.settings[0]!.snippet!(600_000)).toBe('idle_timeout_in_minutes = 10');
  });
});
