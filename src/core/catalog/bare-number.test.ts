import { describe, expect, it } from 'vitest';
import { findTech } from './registry';
import { describeBareNumberReading } from './bare-number';
import { formatSettingValue, parseSettingValue } from './setting-value';

/** The catalog's own setting, so the test follows what each technology documents. */
const setting = (tech: string, key: string) => {
  const def = findTech(tech)?.settings.find((s) => s.key === key);
  if (!def) throw new Error(`no ${tech} ${key}`);
  return def;
};
const read = (tech: string, key: string, text: string) => {
  const r = parseSettingValue(setting(tech, key), text);
  return r.ok ? r.value : `error: ${r.error}`;
};

describe('a bare number is read in the setting’s own unit', () => {
  // nginx: "keepalive_timeout 65" is 65 s (ngx_parse_time, seconds by default).
  it('nginx keepalive_timeout 65 is 65 s', () => {
    expect(read('nginx', 'keepalive_timeout', '65')).toBe(65_000);
  });
  // ALB idle_timeout.timeout_seconds, gunicorn --keep-alive, uvicorn: seconds.
  it('ALB, gunicorn and uvicorn read seconds', () => {
    expect(read('aws-alb', 'idle_timeout.timeout_seconds', '60')).toBe(60_000);
    expect(read('gunicorn', 'keepalive', '2')).toBe(2_000);
    expect(read('uvicorn', 'timeout_keep_alive', '5')).toBe(5_000);
  });
  // Node server.keepAliveTimeout and HAProxy `timeout http-keep-alive 500`: milliseconds.
  it('Node and HAProxy read milliseconds', () => {
    expect(read('node-http-server', 'server.keepAliveTimeout', '5000')).toBe(5_000);
    expect(read('haproxy', 'timeout http-keep-alive', '500')).toBe(500);
  });
  // Azure LB's idle_timeout_in_minutes is named for its unit: 4 is 4 minutes.
  it('a setting named in minutes reads minutes', () => {
    expect(read('azure-lb', 'idle_timeout_in_minutes', '4')).toBe(240_000);
  });
  // Go time.Duration(90) is 90 ns: refused, never silently 90 ms.
  it('Go asks for a unit', () => {
    expect(read('go-http-server', 'IdleTimeout', '90')).toMatch(/^error: Add a unit, such as 90s/);
  });
  it('says how the number was read, and nothing for a value with a unit', () => {
    const def = setting('nginx', 'keepalive_timeout');
    expect(describeBareNumberReading(def, '65', 'nginx')).toBe(
      '65 → 65 s, as nginx reads it (seconds)',
    );
    expect(describeBareNumberReading(def, '65s', 'nginx')).toBeNull();
  });
});

describe('values come back in the unit people write', () => {
  it('65 s is 65s, not 1m5s; 500 ms and 2 h keep their units', () => {
    const def = setting('nginx', 'keepalive_timeout');
    expect(formatSettingValue(def, 65_000)).toBe('65s');
    expect(formatSettingValue(def, 500)).toBe('500ms');
    expect(formatSettingValue(def, 7_200_000)).toBe('2h');
    expect(read('nginx', 'keepalive_timeout', formatSettingValue(def, 65_000))).toBe(65_000);
  });
});
