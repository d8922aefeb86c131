import { describe, expect, it } from 'vitest';
import { curl } from './curl';
import { pythonRequests } from './python-clients';
import { resolveFor } from './testing';

describe('ruby and python servers', () => {
  it('puma: 65 s since 7.0, 20 s before', () => {
    expect(resolveFor('puma').server!.idle.value).toBe(65_000);
    expect(resolveFor('puma', {}, '6.6.0').server!.idle.value).toBe(20_000);
    expect(resolveFor('puma', {}, '6.6.0').server!.maxRequests?.value).toBeNull();
  });

  it('hypercorn: 5 s, 1000 requests', () => {
    const s = resolveFor('hypercorn').server!;
    expect(s.idle.value).toBe(5000);
    expect(s.maxRequests?.value).toBe(1000);
  });

  it('aiohttp server: run_app passes 75 s; AppRunner 3630 s since 3.11', () => {
    const runApp = resolveFor('aiohttp-server').server!.idle;
    expect(runApp.value).toBe(75_000);
    expect(runApp.origin).toMatchObject({
      kind: 'default',
      note: expect.stringMatching(/run_app/),
    });
    expect(resolveFor('aiohttp-server', { entry: 'AppRunner' }).server!.idle.value).toBe(3_630_000);
    expect(resolveFor('aiohttp-server', { entry: 'AppRunner' }, '3.10.0').server!.idle.value).toBe(
      75_000,
    );
    expect(resolveFor('aiohttp-server', { keepalive_timeout: 620_000 }).server!.idle.value).toBe(
      620_000,
    );
  });
});

describe('python clients', () => {
  it('aiohttp: 15 s; httpx: 5 s; neither retries', () => {
    expect(resolveFor('aiohttp-client').client).toMatchObject({
      idle: { value: 15_000 },
      retry: { policy: 'none' },
    });
    expect(resolveFor('httpx').client).toMatchObject({
      idle: { value: 5000 },
      retry: { policy: 'none' },
    });
    expect(resolveFor('aiohttp-client', { force_close: true }).client!.reuse).toBe(false);
  });

  it('requests: no idle limit that a fix could change; retries only with max_retries', () => {
    const c = resolveFor('python-requests').client!;
    expect(c.idle.value).toBeNull();
    expect(pythonRequests.settings.find((s) => s.key === c.fixKey)?.fixed).toBe(true);
    expect(c.retry.policy).toBe('none');
    expect(resolveFor('python-requests', { max_retries: 3 }).client!.retry).toMatchObject({
      policy: 'idempotent',
      attempts: 3,
    });
  });
});

describe('curl', () => {
  it('118 s since 7.65.0, none before; retries any method up to 5 times', () => {
    const c = resolveFor('curl').client!;
    expect(c.idle.value).toBe(118_000);
    expect(c.retry).toMatchObject({ policy: 'any', attempts: 5 });
    expect(resolveFor('curl', {}, '7.64.0').client!.idle.value).toBeNull();
    expect(curl.settings[0]!.snippet!(55_000)).toBe(
      'curl_easy_setopt(curl, CURLOPT_MAXAGE_CONN, 55L);',
    );
  });
});

describe('azure-app-gateway', () => {
  it('server only, fixed 75 s (v2) / 120 s (v1)', () => {
    const r = resolveFor('azure-app-gateway');
    expect(r.server?.idle.value).toBe(75_000);
    expect(r.client).toBeUndefined();
    expect(resolveFor('azure-app-gateway', {}, '1').server!.idle.value).toBe(120_000);
  });
});
