import { describe, expect, it } from 'vitest';
import { matchSpringKey } from './keys';
import { resolvePlaceholders } from './placeholders';

describe('matchSpringKey (relaxed binding)', () => {
  it.each([
    'server.tomcat.keep-alive-timeout',
    'server.tomcat.keepAliveTimeout',
    'server.tomcat.keep_alive_timeout',
    'SERVER.TOMCAT.KEEP-ALIVE-TIMEOUT',
    'SERVER_TOMCAT_KEEPALIVETIMEOUT',
    'server_tomcat_keepalivetimeout',
  ])('%s is server.tomcat.keep-alive-timeout', (name) => {
    const m = matchSpringKey(name);
    expect(m.kind === 'known' ? m.def.key : m.kind).toBe('server.tomcat.keep-alive-timeout');
  });

  it('flags an environment name with "_" inside an element as not bound', () => {
    const m = matchSpringKey('SERVER_TOMCAT_KEEP_ALIVE_TIMEOUT');
    expect(m.kind).toBe('unbound-env');
  });

  it('tells activation, deprecated and unrelated keys apart', () => {
    expect(matchSpringKey('spring.config.activate.on-profile')).toEqual({
      kind: 'activation',
      which: 'onProfile',
    });
    expect(matchSpringKey('spring.profiles')).toEqual({
      kind: 'activation',
      which: 'legacyProfiles',
    });
    expect(matchSpringKey('spring.profiles.active').kind).toBe('other');
    expect(matchSpringKey('server.connection-timeout').kind).toBe('deprecated');
    expect(matchSpringKey('server.tomcat.keep-alive').kind).toBe('other');
    expect(matchSpringKey('server.tomcat.keep-alive-timeout.extra').kind).toBe('other');
  });
});

describe('resolvePlaceholders', () => {
  it('takes the default after the first colon, nested too', () => {
    expect(resolvePlaceholders('${KA:75s}')).toEqual({
      kind: 'defaulted',
      text: '75s',
      names: ['KA'],
    });
    expect(resolvePlaceholders('${A:${B:20s}}')).toEqual({
      kind: 'defaulted',
      text: '20s',
      names: ['A', 'B'],
    });
    expect(resolvePlaceholders('${PORT:8080}0')).toMatchObject({ text: '80800' });
  });

  it('reports placeholders without a default', () => {
    expect(resolvePlaceholders('${KA}')).toEqual({ kind: 'unresolved', names: ['KA'] });
    expect(resolvePlaceholders('${A:${B}}')).toEqual({ kind: 'unresolved', names: ['B'] });
  });

  it('leaves plain and unterminated text alone', () => {
    expect(resolvePlaceholders('60s')).toEqual({ kind: 'plain', text: '60s' });
    expect(resolvePlaceholders('${oops')).toEqual({ kind: 'plain', text: '${oops' });
  });
});
