import { describe, expect, it } from 'vitest';
import { gunicorn } from './gunicorn';
import { springBootTomcat } from './spring-boot-tomcat';
import { resolveFor } from './testing';
import { tomcat } from './tomcat';
import { uvicorn } from './uvicorn';

describe('tomcat', () => {
  it('defaults: keepAliveTimeout = connectionTimeout = 60 s (fallback)', () => {
    const s = resolveFor('tomcat').server!;
    expect(s.idle.value).toBe(60_000);
    expect(s.idle.setting).toBe('keepAliveTimeout');
    expect(s.idle.origin).toMatchObject({
      kind: 'fallback',
      from: 'connectionTimeout',
      via: { kind: 'default' },
    });
    expect(s.hint).toBeNull();
    expect(s.notes.join(' ')).toMatch(/Connection: keep-alive/);
    expect(s.maxRequests?.value).toBe(100);
  });

  it('follows the server.xml connectionTimeout of 20 s', () => {
    const s = resolveFor('tomcat', { connectionTimeout: 20_000 }).server!;
    expect(s.idle.value).toBe(20_000);
    expect(s.idle.origin).toMatchObject({ kind: 'fallback', via: { kind: 'explicit' } });
  });

  it('an explicit keepAliveTimeout wins; -1 is infinite', () => {
    expect(
      resolveFor('tomcat', { connectionTimeout: 20_000, keepAliveTimeout: 65_000 }).server!.idle
        .value,
    ).toBe(65_000);
    expect(resolveFor('tomcat', { keepAliveTimeout: -1 }).server!.idle.value).toBeNull();
  });

  it('maxKeepAliveRequests 1 disables keep-alive; -1 is unlimited', () => {
    expect(resolveFor('tomcat', { maxKeepAliveRequests: 1 }).server!.keepAlive).toBe(false);
    expect(
      resolveFor('tomcat', { maxKeepAliveRequests: -1 }).server!.maxRequests?.value,
    ).toBeNull();
  });

  it('writes Connector attributes', () => {
    const snip = tomcat.settings.find((s) => s.key === 'keepAliveTimeout')!.snippet!;
    expect(snip(65_000)).toBe('keepAliveTimeout="65000" <!-- on <Connector> -->');
  });
});

describe('spring-boot-tomcat', () => {
  it('defaults: 60 s via fallback from connection-timeout', () => {
    const s = resolveFor('spring-boot-tomcat').server!;
    expect(s.idle.value).toBe(60_000);
    expect(s.idle.origin).toMatchObject({
      kind: 'fallback',
      from: 'server.tomcat.connection-timeout',
    });
    expect(s.fixKey).toBe('server.tomcat.keep-alive-timeout');
  });

  it('an explicit keep-alive-timeout wins', () => {
    const s = resolveFor('spring-boot-tomcat', {
      'server.tomcat.keep-alive-timeout': 65_000,
    }).server!;
    expect(s.idle.value).toBe(65_000);
    expect(s.idle.origin.kind).toBe('explicit');
  });

  it('ignores keep-alive-timeout before Boot 2.5', () => {
    const s = resolveFor(
      'spring-boot-tomcat',
      { 'server.tomcat.keep-alive-timeout': 65_000, 'server.tomcat.connection-timeout': 30_000 },
      '2.4',
    ).server!;
    expect(s.idle.value).toBe(30_000);
    expect(s.fixKey).toBe('server.tomcat.connection-timeout');
    expect(s.notes.join(' ')).toMatch(/ignores/);
  });

  it('writes Spring YAML', () => {
    const snip = springBootTomcat.settings.find(
      (s) => s.key === 'server.tomcat.keep-alive-timeout',
    )!.snippet!;
    expect(snip(65_000)).toBe('server:\n  tomcat:\n    keep-alive-timeout: 65s');
  });
});

describe('gunicorn', () => {
  it('default sync worker: no keep-alive', () => {
    const s = resolveFor('gunicorn').server!;
    expect(s.keepAlive).toBe(false);
    expect(s.keepAliveNote).toMatch(/sync worker/);
  });

  it('gthread: S = 2 s with 1 s timer granularity', () => {
    const s = resolveFor('gunicorn', { worker_class: 'gthread' }).server!;
    expect(s.keepAlive).toBe(true);
    expect(s.idle.value).toBe(2000);
    expect(s.granularityMs).toBe(1000);
  });

  it('sync with threads > 1 runs gthread', () => {
    expect(resolveFor('gunicorn', { threads: 4 }).server!.keepAlive).toBe(true);
  });

  it('uvicorn and gevent workers keep alive', () => {
    const s = resolveFor('gunicorn', {
      worker_class: 'uvicorn.workers.UvicornWorker',
      keepalive: 75_000,
    }).server!;
    expect(s.keepAlive).toBe(true);
    expect(s.idle.value).toBe(75_000);
    expect(resolveFor('gunicorn', { worker_class: 'gevent' }).server!.keepAlive).toBe(true);
  });

  it('keepalive 0 disables keep-alive', () => {
    expect(
      resolveFor('gunicorn', { worker_class: 'gthread', keepalive: 0 }).server!.keepAlive,
    ).toBe(false);
  });

  it('writes gunicorn.conf.py', () => {
    const snip = gunicorn.settings.find((s) => s.key === 'keepalive')!.snippet!;
    expect(snip(65_000)).toMatch(/^keepalive = 65 /);
  });
});

describe('uvicorn', () => {
  it('alone: 5 s', () => {
    const s = resolveFor('uvicorn').server!;
    expect(s.idle.value).toBe(5000);
    expect(s.fixKey).toBe('timeout_keep_alive');
  });

  it("under gunicorn: gunicorn's 2 s, as a fallback", () => {
    const s = resolveFor('uvicorn', { gunicorn: true, timeout_keep_alive: 30_000 }).server!;
    expect(s.idle.value).toBe(2000);
    expect(s.idle.origin).toMatchObject({ kind: 'fallback', from: 'gunicorn.keepalive' });
    expect(s.fixKey).toBe('gunicorn.keepalive');
    expect(s.notes.join(' ')).toMatch(/ignored/);
  });

  it('writes the CLI flag', () => {
    const snip = uvicorn.settings.find((s) => s.key === 'timeout_keep_alive')!.snippet!;
    expect(snip(65_000)).toBe('--timeout-keep-alive 65');
  });
});

describe('node-http-server keepAliveTimeout 0', () => {
  it('turns off the idle timeout, not keep-alive: no limit, reused, no hint', () => {
    const s = resolveFor('node-http-server', { 'server.keepAliveTimeout': 0 }).server!;
    expect(s.idle.value).toBeNull();
    expect(s.keepAlive).toBe(true);
    expect(s.hint).toBeNull();
    expect(s.notes.join(' ')).toMatch(/turns off the idle timeout/);
  });
});
