import { describe, expect, it } from 'vitest';
import { findClosestKey, looksLikeKeepaliveKey } from './keys';
import { readIngressValue } from './values';

const value = (kind: Parameters<typeof readIngressValue>[0], raw: unknown) => {
  const r = readIngressValue(kind, raw);
  return r.ok ? r.value : r.code;
};

describe('readIngressValue', () => {
  it.each([
    ['seconds', '75', 75_000],
    ['seconds', 75, 75_000],
    ['seconds', ' 60 ', 60_000],
    ['seconds', '0', 0],
    ['count', '10000', 10_000],
    ['nginx-duration', '1h', 3_600_000],
    ['nginx-duration', '3600', 3_600_000],
    ['nginx-duration', '1h30m', 5_400_000],
    ['nginx-duration', 90, 90_000],
    ['bool', 'true', true],
    ['bool', 'False', false],
    ['bool', '1', true],
    ['bool', true, true],
  ] as const)('%s %j → %j', (kind, raw, expected) => {
    expect(value(kind, raw)).toBe(expected);
  });

  it.each([
    ['seconds', '75s'],
    ['seconds', '2.5'],
    ['seconds', 2.5],
    ['seconds', '-1'],
    ['seconds', true],
    ['count', '1e3'],
    ['nginx-duration', '1.5h'],
    ['nginx-duration', ''],
    ['bool', 'yes'],
    ['seconds', null],
    ['count', [1]],
  ] as const)('rejects %s %j', (kind, raw) => {
    expect(value(kind, raw)).toBe('INGRESS_BAD_VALUE');
  });

  it('reads an empty int or bool as ingress-nginx does, with a warning', () => {
    expect(readIngressValue('count', '')).toMatchObject({
      ok: true,
      value: 0,
      warning: { code: 'INGRESS_EMPTY_VALUE' },
    });
    expect(readIngressValue('bool', '')).toMatchObject({ ok: true, value: false });
  });
});

describe('keys', () => {
  it('spots keep-alive look-alikes and suggests the closest key', () => {
    expect(looksLikeKeepaliveKey('keepalive-timeout')).toBe(true);
    expect(looksLikeKeepaliveKey('keep-alive')).toBe(false);
    expect(looksLikeKeepaliveKey('proxy-body-size')).toBe(false);
    expect(findClosestKey('upstream-keepalive-timout')).toBe('upstream-keepalive-timeout');
    expect(findClosestKey('keep-alive-request')).toBe('keep-alive-requests');
  });
});
