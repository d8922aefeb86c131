import { describe, expect, it } from 'vitest';
import { NGINX_SETTINGS } from './nginx-settings';
import { createSettingReader } from '../setting-reader';
import { nginx } from './nginx';
import { makeNode, resolveFor } from './testing';
import { unknownValue } from '../../model/value';

const snippet = (key: string) => NGINX_SETTINGS.find((s) => s.key === key)!.snippet!;

describe('nginx server side', () => {
  it('defaults: 75 s, no hint, 1000 requests, 1 h', () => {
    const s = resolveFor('nginx').server!;
    expect(s.idle.value).toBe(75_000);
    expect(s.idle.origin).toMatchObject({ kind: 'default', tech: 'nginx' });
    expect(s.hint).toBeNull();
    expect(s.keepAlive).toBe(true);
    expect(s.maxRequests?.value).toBe(1000);
    expect(s.maxAge?.value).toBe(3_600_000);
    expect(s.fixKey).toBe('keepalive_timeout');
  });

  it('keepalive_requests was 100 and keepalive_time absent before 1.19.10', () => {
    const s = resolveFor('nginx', {}, '1.18.0').server!;
    expect(s.maxRequests?.value).toBe(100);
    expect(s.maxAge?.value).toBeNull();
  });

  it('advertises the 2nd keepalive_timeout parameter in whole seconds', () => {
    const s = resolveFor('nginx', {
      keepalive_timeout: 65_000,
      'keepalive_timeout.header_timeout': 60_500,
    }).server!;
    expect(s.idle.value).toBe(65_000);
    expect(s.hint?.value).toBe(60_000);
    expect(s.hint?.origin.kind).toBe('explicit');
  });

  it('keepalive_timeout 0 disables keep-alive', () => {
    const s = resolveFor('nginx', { keepalive_timeout: 0 }).server!;
    expect(s.keepAlive).toBe(false);
    expect(s.keepAliveNote).toMatch(/keepalive_timeout 0/);
  });
});

describe('nginx client side (upstream)', () => {
  it('1.28.0 defaults: no upstream reuse (keepalive off, HTTP/1.0, Connection: close)', () => {
    const c = resolveFor('nginx', {}, '1.28.0').client!;
    expect(c.reuse).toBe(false);
    expect(c.reuseNote).toMatch(/pool size 0/);
    expect(c.reuseNote).toMatch(/proxy_http_version 1\.0/);
    expect(c.reuseNote).toMatch(/Connection close/);
  });

  it('1.28.0 with keepalive, HTTP/1.1 and an empty Connection header reuses', () => {
    const c = resolveFor(
      'nginx',
      { 'upstream.keepalive': 16, proxy_http_version: '1.1', 'proxy_set_header.Connection': '' },
      '1.28.0',
    ).client!;
    expect(c.reuse).toBe(true);
    expect(c.idle.value).toBe(60_000);
  });

  it('1.29.7 defaults: pooled, C = 60 s, no hint, FIN detection, next-upstream retry', () => {
    const c = resolveFor('nginx', {}, '1.29.7').client!;
    expect(c.reuse).toBe(true);
    expect(c.idle.value).toBe(60_000);
    expect(c.idle.origin).toMatchObject({ kind: 'default', versions: 'since 1.15.3' });
    expect(c.hint.honours).toBe(false);
    expect(c.finDetection).toBe(true);
    expect(c.retry.policy).toBe('next-upstream');
    expect(c.maxRequests?.value).toBe(1000);
    expect(c.fixKey).toBe('upstream.keepalive_timeout');
  });

  it('upstream keepalive 0 turns reuse off on new versions too', () => {
    const c = resolveFor('nginx', { 'upstream.keepalive': 0 }, '1.30.2').client!;
    expect(c.reuse).toBe(false);
  });

  it('proxy_pass to an address has no reuse in every version, 1.29.7 pool included', () => {
    for (const version of ['1.28.0', '1.29.7', '1.31.4']) {
      const c = resolveFor('nginx', { proxy_pass: 'address' }, version).client!;
      expect(c.reuse).toBe(false);
      expect(c.reuseNote).toMatch(/not an upstream \{\} block/);
    }
  });

  it('a block that proxies nowhere has no client side', () => {
    const node = resolveFor('nginx', { proxy_pass: 'none' });
    expect(node.client).toBeUndefined();
    expect(node.server?.idle.value).toBe(75_000);
  });

  it('a proxy_pass or Connection it cannot resolve makes the client idle unknown', () => {
    const target = unknownValue('http://$backend', 'a variable');
    expect(resolveFor('nginx', { proxy_pass: target }).client!.unknown?.value).toEqual(target);
    const header = unknownValue('$http_connection', 'the client header');
    const c = resolveFor('nginx', { 'proxy_set_header.Connection': header }).client!;
    expect(c.unknown?.value).toEqual(header);
    expect(c.unknown?.key).toBe('proxy_set_header.Connection');
  });

  it('has no idle limit before 1.15.3', () => {
    const c = resolveFor('nginx', { 'upstream.keepalive': 8 }, '1.14.2').client!;
    expect(c.idle.value).toBeNull();
  });

  it('maps proxy_next_upstream to the retry policy', () => {
    expect(resolveFor('nginx', { proxy_next_upstream: 'off' }).client!.retry.policy).toBe('none');
    expect(resolveFor('nginx', { proxy_next_upstream: 'timeout' }).client!.retry.policy).toBe(
      'none',
    );
    expect(
      resolveFor('nginx', { proxy_next_upstream: 'error non_idempotent' }).client!.retry.policy,
    ).toBe('any');
  });
});

describe('nginx snippets', () => {
  it('writes directives in nginx time syntax', () => {
    expect(snippet('keepalive_timeout')(65_000)).toBe('keepalive_timeout 65s;');
    expect(snippet('upstream.keepalive_timeout')(55_000)).toBe(
      'keepalive_timeout 55s; # inside upstream { … }',
    );
    expect(snippet('upstream.keepalive')(32)).toBe('keepalive 32; # inside upstream { … }');
    expect(snippet('proxy_set_header.Connection')('')).toBe('proxy_set_header Connection "";');
    expect(snippet('keepalive_time')(3_600_000)).toBe('keepalive_time 1h;');
  });
});

describe('nginx companions', () => {
  it('lowers an advertised header_timeout that would exceed a new keepalive_timeout', () => {
    const node = makeNode('nginx', {
      keepalive_timeout: 75_000,
      'keepalive_timeout.header_timeout': 75_000,
    });
    const reader = createSettingReader(nginx, node);
    expect(nginx.companions?.('keepalive_timeout', 60_500, reader)).toEqual([
      { key: 'keepalive_timeout.header_timeout', value: 60_000 },
    ]);
    expect(nginx.companions?.('keepalive_timeout', 90_000, reader)).toEqual([]);
  });

  it('needs nothing when no header is advertised', () => {
    const reader = createSettingReader(nginx, makeNode('nginx'));
    expect(nginx.companions?.('keepalive_timeout', 30_000, reader)).toEqual([]);
  });
});
