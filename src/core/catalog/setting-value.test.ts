import { describe, expect, it } from 'vitest';
import type { SettingDef } from './types';
import { formatSettingValue, parseSettingValue } from './setting-value';

const def = (kind: SettingDef['kind'], extra: Partial<SettingDef> = {}): SettingDef => ({
  key: 'k',
  label: 'k',
  role: null,
  kind,
  defaults: [{ value: 0, source: 'test' }],
  doc: '',
  ...extra,
});

const value = (d: SettingDef, text: string) => {
  const r = parseSettingValue(d, text);
  return r.ok ? r.value : 'error';
};

describe('parseSettingValue', () => {
  it.each([
    ['55s', 55000],
    ['1m30s', 90000],
    ['500ms', 500],
    ['90000', 90000],
    [' 1.5s ', 1500],
    ['none', null],
    ['abc', 'error'],
    ['-5s', 'error'],
    ['', 'error'],
    ['31d', 'error'],
    ['9'.repeat(400), 'error'],
    ['99999999999999999999d', 'error'],
  ])('duration %s → %s', (text, expected) => {
    expect(value(def('duration'), text)).toBe(expected);
  });

  it('reads counts, enums, flags and text', () => {
    expect(value(def('count'), '1000')).toBe(1000);
    expect(value(def('count'), 'unlimited')).toBeNull();
    expect(value(def('count'), '1.5')).toBe('error');
    expect(value(def('count'), '99999999999999999999')).toBe('error');
    expect(value(def('count'), '2147483647')).toBe(2147483647);
    expect(value(def('enum', { enumValues: ['1.0', '1.1'] }), '1.1')).toBe('1.1');
    expect(value(def('enum', { enumValues: ['1.0', '1.1'] }), '2')).toBe('error');
    expect(value(def('bool'), 'false')).toBe(false);
    expect(value(def('text'), 'x'.repeat(201))).toBe('error');
  });

  it('formats values so they parse back', () => {
    for (const v of [0, 500, 65000, 90500, null]) {
      const d = def('duration');
      expect(value(d, formatSettingValue(d, v))).toBe(v);
    }
  });
});

describe('unknown values', () => {
  it('reads `unknown` and `unknown (expr)` for numeric settings and writes them back', () => {
    const d = def('duration');
    const r = parseSettingValue(d, 'unknown (cfg.IdleTimeout)');
    expect(r).toEqual({
      ok: true,
      value: { unknown: 'cfg.IdleTimeout', reason: 'marked unknown; supply the value' },
    });
    if (r.ok) expect(formatSettingValue(d, r.value)).toBe('unknown (cfg.IdleTimeout)');
    expect(parseSettingValue(def('count'), 'unknown').ok).toBe(true);
  });

  it('keeps `unknown` as plain text for text settings', () => {
    expect(value(def('text'), 'unknown')).toBe('unknown');
  });
});
