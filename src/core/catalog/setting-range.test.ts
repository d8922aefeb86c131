import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { findTech, TECHS } from './registry';
import {
  checkSettingRange,
  isWithinRange,
  MAX_COUNT,
  MAX_DURATION_MS,
  rangeOf,
} from './setting-range';
import type { SettingDef } from './types';

const setting = (tech: string, key: string): SettingDef => {
  const def = findTech(tech)?.settings.find((s) => s.key === key);
  if (!def) throw new Error(`${tech} ${key}`);
  return def;
};

describe('checkSettingRange', () => {
  it('maps a negative Go timeout to no limit, as net/http documents', () => {
    const r = checkSettingRange(setting('go-http-server', 'IdleTimeout'), -1000, 'Go');
    expect(r).toMatchObject({ ok: true, value: null });
    expect(checkSettingRange(setting('go-transport', 'IdleConnTimeout'), -1)).toMatchObject({
      ok: true,
      value: null,
    });
  });

  it('maps Tomcat -1 to no limit', () => {
    expect(checkSettingRange(setting('tomcat', 'keepAliveTimeout'), -1)).toMatchObject({
      ok: true,
      value: null,
    });
    expect(checkSettingRange(setting('tomcat', 'maxKeepAliveRequests'), -1)).toMatchObject({
      ok: true,
      value: null,
    });
  });

  it('refuses a negative Node timeout: Node throws ERR_OUT_OF_RANGE', () => {
    const r = checkSettingRange(
      setting('node-http-server', 'server.keepAliveTimeout'),
      -5000,
      'Node',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^negative: outside what Node accepts \(0 ms … 30 d/);
  });

  it('refuses nginx times above what ngx_parse_time accepts (2^31−1 ms)', () => {
    const def = setting('nginx', 'keepalive_timeout');
    expect(checkSettingRange(def, 2_147_483_647).ok).toBe(true);
    expect(checkSettingRange(def, 2_147_483_648).ok).toBe(false);
    expect(checkSettingRange(def, -1).ok).toBe(false);
  });

  it('holds ALB to its documented 1–4000 s idle timeout', () => {
    const def = setting('aws-alb', 'idle_timeout.timeout_seconds');
    expect(checkSettingRange(def, 0).ok).toBe(false);
    expect(checkSettingRange(def, 4_000_000).ok).toBe(true);
    expect(checkSettingRange(def, 4_001_000).ok).toBe(false);
  });

  it('refuses non-finite numbers, fractional counts and values past the default bounds', () => {
    const idle = setting('gunicorn', 'keepalive');
    expect(checkSettingRange(idle, Infinity).ok).toBe(false);
    expect(checkSettingRange(idle, Number.NaN).ok).toBe(false);
    expect(checkSettingRange(idle, MAX_DURATION_MS).ok).toBe(true);
    expect(checkSettingRange(idle, MAX_DURATION_MS + 1).ok).toBe(false);
    const count = setting('nginx', 'keepalive_requests');
    expect(checkSettingRange(count, 1.5).ok).toBe(false);
    expect(checkSettingRange(count, MAX_COUNT).ok).toBe(true);
    expect(checkSettingRange(count, MAX_COUNT + 1).ok).toBe(false);
  });

  it('gives every duration and count setting of the catalog a finite range', () => {
    for (const tech of TECHS)
      for (const def of tech.settings)
        if (def.kind === 'duration' || def.kind === 'count') {
          expect(checkSettingRange(def, 1e30).ok, `${tech.id} ${def.key}`).toBe(false);
          expect(checkSettingRange(def, rangeOf(def).min).ok, `${tech.id} ${def.key}`).toBe(true);
        }
  });
});

describe('isWithinRange (the fast answer)', () => {
  it('is true exactly when checkSettingRange takes the value unchanged, for every setting', () => {
    const defs = TECHS.flatMap((t) =>
      t.settings.filter((d) => d.kind === 'duration' || d.kind === 'count'),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...defs),
        fc.oneof(
          fc.integer({ min: -5, max: 5 }),
          fc.double({ min: -1e12, max: 1e12 }),
          fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.5, MAX_DURATION_MS, MAX_COUNT + 1),
        ),
        (def, value) => {
          const checked = checkSettingRange(def, value);
          expect(isWithinRange(def, value)).toBe(checked.ok && Object.is(checked.value, value));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
