import { describe, expect, it } from 'vitest';
import { goHttpServer } from './go-http-server';
import { goTransport } from './go-transport';
import { resolveFor } from './testing';

describe('go-http-server', () => {
  it('has no idle limit at defaults, reported as a fallback from ReadTimeout', () => {
    const s = resolveFor('go-http-server').server!;
    expect(s.idle.value).toBeNull();
    expect(s.idle.origin).toMatchObject({
      kind: 'fallback',
      from: 'ReadTimeout',
      via: { kind: 'default' },
    });
    expect(s.hint).toBeNull();
    expect(s.keepAlive).toBe(true);
    expect(s.fixKey).toBe('IdleTimeout');
  });

  it('falls back to ReadTimeout when only ReadTimeout is set', () => {
    const s = resolveFor('go-http-server', { ReadTimeout: 30_000 }).server!;
    expect(s.idle.value).toBe(30_000);
    expect(s.idle.setting).toBe('IdleTimeout');
    expect(s.idle.origin).toMatchObject({
      kind: 'fallback',
      from: 'ReadTimeout',
      via: { kind: 'explicit', file: 'test.conf', line: 1 },
    });
  });

  it('uses IdleTimeout when set, over ReadTimeout', () => {
    const s = resolveFor('go-http-server', { ReadTimeout: 30_000, IdleTimeout: 620_000 }).server!;
    expect(s.idle.value).toBe(620_000);
    expect(s.idle.origin.kind).toBe('explicit');
  });

  it('treats IdleTimeout 0 as unset', () => {
    const s = resolveFor('go-http-server', { IdleTimeout: 0, ReadTimeout: 10_000 }).server!;
    expect(s.idle.value).toBe(10_000);
    expect(s.idle.origin.kind).toBe('fallback');
  });

  it('reports keep-alive off after SetKeepAlivesEnabled(false)', () => {
    const s = resolveFor('go-http-server', { keepAlivesEnabled: false }).server!;
    expect(s.keepAlive).toBe(false);
    expect(s.keepAliveNote).toMatch(/SetKeepAlivesEnabled/);
  });

  it('writes Go snippets', () => {
    const idle = goHttpServer.settings.find((s) => s.key === 'IdleTimeout')!;
    expect(idle.snippet!(65_000)).toBe('IdleTimeout: 65 * time.Second,');
    expect(idle.snippet!(1500)).toBe('IdleTimeout: 1500 * time.Millisecond,');
    expect(idle.snippet!(120_000)).toBe('IdleTimeout: 2 * time.Minute,');
  });
});

describe('go-transport', () => {
  it('DefaultTransport: 90 s, ignores hints, retries unsent requests', () => {
    const c = resolveFor('go-transport').client!;
    expect(c.idle.value).toBe(90_000);
    expect(c.idle.origin.kind).toBe('default');
    expect(c.reuse).toBe(true);
    expect(c.hint.honours).toBe(false);
    expect(c.finDetection).toBe(true);
    expect(c.retry.policy).toBe('any-unsent');
  });

  it('zero-value Transport has no idle limit', () => {
    const c = resolveFor('go-transport', { transport: 'zero' }).client!;
    expect(c.idle.value).toBeNull();
    expect(c.idle.origin).toMatchObject({ kind: 'default', tech: 'go-transport' });
  });

  it('an explicit IdleConnTimeout wins over the zero value; 0 means no limit', () => {
    expect(
      resolveFor('go-transport', { transport: 'zero', IdleConnTimeout: 30_000 }).client!.idle.value,
    ).toBe(30_000);
    expect(resolveFor('go-transport', { IdleConnTimeout: 0 }).client!.idle.value).toBeNull();
  });

  it('DisableKeepAlives turns reuse off', () => {
    const c = resolveFor('go-transport', { DisableKeepAlives: true }).client!;
    expect(c.reuse).toBe(false);
    expect(c.reuseNote).toMatch(/DisableKeepAlives/);
  });

  it('writes Go snippets', () => {
    const idle = goTransport.settings.find((s) => s.key === 'IdleConnTimeout')!;
    expect(idle.snippet!(55_000)).toBe('IdleConnTimeout: 55 * time.Second,');
  });
});
