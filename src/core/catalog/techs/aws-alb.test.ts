import { describe, expect, it } from 'vitest';
import { awsAlb } from './aws-alb';
import { resolveFor } from './testing';

describe('aws-alb', () => {
  it('one idle timeout serves both sides', () => {
    const r = resolveFor('aws-alb', { 'idle_timeout.timeout_seconds': 55_000 });
    expect(r.tiedKey).toBe('idle_timeout.timeout_seconds');
    expect(r.server?.idle.value).toBe(55_000);
    expect(r.client?.idle.value).toBe(55_000);
    expect(r.server?.fixKey).toBe('idle_timeout.timeout_seconds');
    expect(r.client?.fixKey).toBe('idle_timeout.timeout_seconds');
  });

  it('defaults: 60 s, 502 on a dead target connection, hint ignored as an assumption', () => {
    const r = resolveFor('aws-alb');
    expect(r.server?.idle.value).toBe(60_000);
    expect(r.server?.maxAge?.value).toBe(3_600_000);
    expect(r.client?.retry.policy).toBe('returns-502');
    expect(r.client?.hint).toEqual(expect.objectContaining({ honours: false, assumption: true }));
    expect(r.client?.finDetection).toBe(true);
    expect(r.client?.notes.join(' ')).toMatch(/UNVERIFIED/);
    expect(awsAlb.managed).toBe(true);
    expect(awsAlb.sides).toBe('tied');
  });

  it('writes Terraform with whole seconds', () => {
    const snip = awsAlb.settings.find((s) => s.key === 'idle_timeout.timeout_seconds')!.snippet!;
    expect(snip(55_000)).toBe('idle_timeout = 55 # resource "aws_lb"');
    expect(snip(55_500)).toBe('idle_timeout = 56 # resource "aws_lb"');
  });
});
