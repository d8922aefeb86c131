import { describe, expect, it } from 'vitest';
import { ROLES } from '../model/roles';
import { primarySettingKey, roleOfPrimaryKey } from './primary-key';
import { findTech, TECHS } from './registry';

const tech = (id: string) => {
  const t = findTech(id);
  if (!t) throw new Error(`no ${id}`);
  return t;
};

describe('primarySettingKey', () => {
  it.each([
    ['nginx', 'server-idle', 'keepalive_timeout'],
    ['nginx', 'client-idle', 'upstream.keepalive_timeout'],
    ['nginx', 'hint', 'keepalive_timeout.header_timeout'],
    ['nginx', 'max-requests', 'keepalive_requests'],
    ['node-http-server', 'server-idle', 'server.keepAliveTimeout'],
    ['go-transport', 'client-idle', 'IdleConnTimeout'],
    ['aws-alb', 'server-idle', 'idle_timeout.timeout_seconds'],
    ['aws-alb', 'client-idle', 'idle_timeout.timeout_seconds'],
    ['aws-alb', 'max-age', 'client_keep_alive.seconds'],
  ] as const)('%s %s → %s', (id, role, key) => {
    expect(primarySettingKey(tech(id), role)).toBe(key);
  });

  it('has no key for a role the technology lacks', () => {
    expect(primarySettingKey(tech('go-transport'), 'server-idle')).toBeUndefined();
    expect(primarySettingKey(tech('node-http-server'), 'client-idle')).toBeUndefined();
  });

  it('roleOfPrimaryKey inverts it for every technology and role', () => {
    for (const t of TECHS)
      for (const role of ROLES) {
        const key = primarySettingKey(t, role);
        if (key === undefined) continue;
        const back = roleOfPrimaryKey(t, key);
        expect(back === undefined ? undefined : primarySettingKey(t, back)).toBe(key);
      }
    expect(roleOfPrimaryKey(tech('nginx'), 'upstream.keepalive_requests')).toBeUndefined();
    expect(roleOfPrimaryKey(tech('aws-alb'), 'idle_timeout.timeout_seconds')).toBe('server-idle');
  });
});
