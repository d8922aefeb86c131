import { describe, expect, it } from 'vitest';
import { resolveNode } from '../catalog/registry';
import type { SettingScalar } from '../model/chain';
import { unknownValue } from '../model/value';
import { compareWithModel } from './compare';
import type { ModelledServer, ProbeMeasurement } from './types';

function model(tech: string, settings: Record<string, SettingScalar> = {}): ModelledServer {
  const node = {
    id: tech,
    tech,
    settings: Object.fromEntries(
      Object.entries(settings).map(([k, value]) => [
        k,
        { value, origin: { kind: 'edit' as const } },
      ]),
    ),
  };
  const r = resolveNode(node);
  if (!r?.server) throw new Error(`${tech} has no server side`);
  return { node: tech, tech, name: r.tech.name, server: r.server };
}

const measured = (m: Partial<ProbeMeasurement>): ProbeMeasurement => ({
  url: 'http://127.0.0.1/',
  idleMs: 65_002,
  resolutionMs: 2,
  closedBy: 'server-fin',
  hint: null,
  requestsServed: 1,
  requestsTried: 1,
  requestCap: null,
  keepAlive: true,
  status: 200,
  maxWaitMs: 600_000,
  notes: [],
  ...m,
});

const check = (c: ReturnType<typeof compareWithModel>, subject: string) =>
  c.checks.find((x) => x.subject === subject);

describe('compareWithModel: the measurement against the node the URL reaches', () => {
  it('agrees with nginx keepalive_timeout 65s when the close came after 65.002 s', () => {
    const c = compareWithModel(measured({}), model('nginx', { keepalive_timeout: 65_000 }));
    expect(c.agrees).toBe(true);
    expect(c.idleMs).toBe(65_000);
    expect(c.checks.map((x) => [x.subject, x.agrees])).toEqual([
      ['keep-alive', true],
      ['idle', true],
      ['hint', true],
    ]);
  });

  it('config 65 s, closed after 60 s: names the ALB (default 60 s) as the likely nearest hop', () => {
    const c = compareWithModel(
      measured({ idleMs: 60_003 }),
      model('nginx', { keepalive_timeout: 65_000 }),
    );
    expect(c.agrees).toBe(false);
    const idle = check(c, 'idle');
    expect(idle?.agrees).toBe(false);
    expect(idle?.expected).toBe('65 s');
    expect(idle?.explanation).toContain('AWS Application Load Balancer (default 60 s)');
    expect(idle?.explanation).toContain('or another config is in force');
  });

  it('closed later than the config says: another config is in force', () => {
    const c = compareWithModel(
      measured({ idleMs: 75_001 }),
      model('nginx', { keepalive_timeout: 65_000 }),
    );
    expect(check(c, 'idle')?.agrees).toBe(false);
    expect(check(c, 'idle')?.explanation).toContain('stayed open');
  });

  it('the close lands in [S, S + γs] ± resolution + slack; just outside is a mismatch', () => {
    const m = model('nginx', { keepalive_timeout: 2000 }); // γs 5 ms
    const at = (idleMs: number) =>
      check(compareWithModel(measured({ idleMs, resolutionMs: 3 }), m), 'idle')?.agrees;
    expect(at(1947)).toBe(true); // 2000 − 3 − 50
    expect(at(1946)).toBe(false);
    expect(at(2058)).toBe(true); // 2000 + 5 + 3 + 50
    expect(at(2059)).toBe(false);
  });

  it('no close within --max-wait shorter than S is inconclusive; longer is a mismatch', () => {
    const m = model('nginx', { keepalive_timeout: 2000 });
    const none = { idleMs: null, closedBy: 'none' as const };
    expect(
      check(compareWithModel(measured({ ...none, maxWaitMs: 1000 }), m), 'idle')?.agrees,
    ).toBeNull();
    const c = compareWithModel(measured({ ...none, maxWaitMs: 5000 }), m);
    expect(check(c, 'idle')?.agrees).toBe(false);
    expect(c.agrees).toBe(false);
  });

  it('HAProxy without timeouts never closes: no close agrees, a close does not', () => {
    const m = model('haproxy');
    expect(
      check(compareWithModel(measured({ idleMs: null, closedBy: 'none' }), m), 'idle')?.agrees,
    ).toBe(true);
    const c = compareWithModel(measured({ idleMs: 60_000 }), m);
    expect(check(c, 'idle')?.agrees).toBe(false);
    expect(check(c, 'idle')?.explanation).toContain('sets no idle limit');
  });

  it('an unknown S (a variable) is filled in by the measurement, not judged', () => {
    const c = compareWithModel(
      measured({ idleMs: 30_001 }),
      model('nginx', { keepalive_timeout: unknownValue('$idle', 'a variable') }),
    );
    expect(c.idleMs).toBe('unknown');
    expect(check(c, 'idle')?.agrees).toBeNull();
    expect(check(c, 'idle')?.explanation).toContain('probably its value');
    expect(c.agrees).toBe(true);
  });

  it('the hint: nginx `keepalive_timeout 2s 2s` advertises timeout=2', () => {
    const m = model('nginx', { keepalive_timeout: 2000, 'keepalive_timeout.header_timeout': 2000 });
    const ok = compareWithModel(
      measured({ idleMs: 2001, hint: { timeoutMs: 2000, max: null } }),
      m,
    );
    expect(check(ok, 'hint')?.agrees).toBe(true);
    const missing = compareWithModel(measured({ idleMs: 2001 }), m);
    expect(check(missing, 'hint')?.agrees).toBe(false);
    expect(check(missing, 'hint')?.expected).toBe('timeout=2');
  });

  it('the request cap: nginx keepalive_requests 3 against what was found', () => {
    const m = model('nginx', { keepalive_timeout: 65_000, keepalive_requests: 3 });
    const cap = (x: Partial<ProbeMeasurement>) =>
      check(compareWithModel(measured(x), m), 'request-cap');
    expect(cap({ requestsTried: 5, requestCap: 3, requestsServed: 3 })?.agrees).toBe(true);
    expect(cap({ requestsTried: 5, requestCap: null, requestsServed: 5 })?.agrees).toBe(false);
    expect(cap({ requestsTried: 2, requestCap: null, requestsServed: 2 })?.agrees).toBeNull();
    expect(cap({ requestsTried: 1 })).toBeUndefined();
  });

  it('keep-alive off in the config but the connection stayed open', () => {
    const c = compareWithModel(measured({}), model('nginx', { keepalive_timeout: 0 }));
    expect(c.checks.map((x) => [x.subject, x.agrees])).toEqual([['keep-alive', false]]);
  });
});
