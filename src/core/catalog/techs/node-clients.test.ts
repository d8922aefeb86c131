import { describe, expect, it } from 'vitest';
import { apacheHttpClient5 } from './apache-httpclient5';
import { nodeAgent } from './node-agent';
import { resolveFor } from './testing';
import { undici } from './undici';

describe('node-agent', () => {
  it('global agent on Node 20: 5 s, honours hints with a 1 s margin only with a limit', () => {
    const c = resolveFor('node-agent', {}, '20').client!;
    expect(c.idle.value).toBe(5000);
    expect(c.reuse).toBe(true);
    expect(c.hint).toEqual(
      expect.objectContaining({ honours: true, marginMs: 1000, onlyWithIdleLimit: true }),
    );
    expect(c.retry.policy).toBe('none');
    expect(c.finDetection).toBe(true);
  });

  it('global agent on Node 18: no keep-alive', () => {
    const c = resolveFor('node-agent', {}, '18').client!;
    expect(c.reuse).toBe(false);
  });

  it('custom agent: keepAlive false by default', () => {
    const c = resolveFor('node-agent', { agent: 'custom' }).client!;
    expect(c.reuse).toBe(false);
    expect(c.idle.value).toBeNull();
  });

  it('custom agent with keepAlive and no timeout: C = no limit, with a note', () => {
    const c = resolveFor('node-agent', { agent: 'custom', keepAlive: true }).client!;
    expect(c.reuse).toBe(true);
    expect(c.idle.value).toBeNull();
    expect(c.idle.origin).toMatchObject({ kind: 'default', tech: 'node-agent' });
    expect(c.notes.join(' ')).toMatch(/ignores the server Keep-Alive hint/);
  });

  it('custom agent with a timeout and a custom buffer', () => {
    const c = resolveFor('node-agent', {
      agent: 'custom',
      keepAlive: true,
      timeout: 30_000,
      agentKeepAliveTimeoutBuffer: 500,
    }).client!;
    expect(c.idle.value).toBe(30_000);
    expect(c.hint).toEqual(expect.objectContaining({ marginMs: 500 }));
  });

  it('writes the Agent constructor', () => {
    const snip = nodeAgent.settings.find((s) => s.key === 'timeout')!.snippet!;
    expect(snip(55_000)).toBe('new http.Agent({ keepAlive: true, timeout: 55_000 })');
  });
});

describe('undici', () => {
  it('v6.24.1: 4 s, hint − 2 s capped at 600 s replaces C', () => {
    const c = resolveFor('undici').client!;
    expect(c.idle.value).toBe(4000);
    expect(c.hint).toEqual(
      expect.objectContaining({
        honours: true,
        marginMs: 2000,
        capMs: 600_000,
        replacesIdle: true,
      }),
    );
    expect(c.retry.policy).toBe('none');
  });

  it('threshold was 1 s before 6.14.1', () => {
    expect(resolveFor('undici', {}, '6.14.0').client!.hint).toEqual(
      expect.objectContaining({ marginMs: 1000 }),
    );
  });

  it('notes idle socket validation from 8.5', () => {
    expect(resolveFor('undici', {}, '8.10.0').client!.notes.join(' ')).toMatch(
      /validates an idle socket/,
    );
    expect(resolveFor('undici', {}, '6.24.1').client!.notes.join(' ')).not.toMatch(/validates/);
  });

  it('writes the Agent options', () => {
    const snip = undici.settings.find((s) => s.key === 'keepAliveTimeout')!.snippet!;
    expect(snip(4000)).toBe('new Agent({ keepAliveTimeout: 4_000 })');
  });
});

describe('apache-httpclient5', () => {
  it('defaults: 3 min, hint exactly (margin 0), idempotent retry once', () => {
    const c = resolveFor('apache-httpclient5').client!;
    expect(c.idle.value).toBe(180_000);
    expect(c.hint).toEqual(
      expect.objectContaining({ honours: true, marginMs: 0, replacesIdle: true }),
    );
    expect(c.hint).not.toHaveProperty('capMs');
    expect(c.retry).toMatchObject({ policy: 'idempotent', attempts: 1 });
    expect(c.finDetection).toBe(true);
    expect(c.fixKey).toBe('evictIdleConnections');
  });

  it('an idle evictor below the keep-alive bounds C and caps hints', () => {
    const c = resolveFor('apache-httpclient5', { evictIdleConnections: 30_000 }).client!;
    expect(c.idle.value).toBe(30_000);
    expect(c.idle.setting).toBe('evictIdleConnections');
    expect(c.hint).toEqual(expect.objectContaining({ capMs: 30_000 }));
    expect(c.fixKey).toBe('evictIdleConnections');
  });

  it('writes RequestConfig snippets', () => {
    const snip = apacheHttpClient5.settings.find((s) => s.key === 'connectionKeepAlive')!.snippet!;
    expect(snip(55_000)).toBe(
      'RequestConfig.custom().setConnectionKeepAlive(TimeValue.ofSeconds(55))',
    );
    expect(snip(180_000)).toBe(
      'RequestConfig.custom().setConnectionKeepAlive(TimeValue.ofMinutes(3))',
    );
  });
});
