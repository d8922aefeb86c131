import type { Role } from '../model/roles';
import type { SettingDef, TechDef } from './types';

/**
 * The catalog setting a role-level value (`server-idle: 65s` in a chain file) stands for:
 * the technology's first setting with that role. A technology whose one setting serves both sides
 * (`sides: 'tied'`, AWS ALB) maps `server-idle` and `client-idle` to that tied setting.
 * Returns undefined when the technology has no setting for the role (a client has no server-idle).
 */
export function primarySettingKey(tech: TechDef, role: Role): string | undefined {
  return primarySetting(tech, role)?.key;
}

/** Like `primarySettingKey`, returning the whole setting definition. */
export function primarySetting(tech: TechDef, role: Role): SettingDef | undefined {
  const own = tech.settings.find((s) => s.role === role);
  if (own) return own;
  if (tech.sides === 'tied' && (role === 'client-idle' || role === 'server-idle')) {
    const other: Role = role === 'client-idle' ? 'server-idle' : 'client-idle';
    return tech.settings.find((s) => s.role === other);
  }
  return undefined;
}

/** The role whose primary setting `key` is, if any (the inverse of `primarySettingKey`). */
export function roleOfPrimaryKey(tech: TechDef, key: string): Role | undefined {
  const def = tech.settings.find((s) => s.key === key);
  if (!def?.role) return undefined;
  return primarySettingKey(tech, def.role) === key ? def.role : undefined;
}
