/**
 * Every extracted or defaulted value has exactly one role (design/contracts.md).
 * Durations are milliseconds; `max-requests` is a count. `null` means "no limit".
 */
export const ROLES = [
  'server-idle',
  'client-idle',
  'l4-idle',
  'max-requests',
  'max-age',
  'request-timeout',
  'hint',
] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (s: string): s is Role => (ROLES as readonly string[]).includes(s);

/** Roles whose values are durations in milliseconds (all but `max-requests`). */
export const isDurationRole = (role: Role): boolean => role !== 'max-requests';
