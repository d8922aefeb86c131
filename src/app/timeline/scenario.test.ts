import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ALB_NODE, analyzeWithFix } from './fixtures';
import { listScenarios, readHopExtras, readScenarioInput } from './hop-input';
import { chooseGapMs, classifyReuse } from './physics';
import { buildScenario } from './scenario';
import type { HopPhysics, Scenario } from './scenario-types';

const { before, after } = analyzeWithFix(ALB_NODE);
const hop = before.hops[0]!;
const fixedHop = after.hops[0]!;
const input = readScenarioInput(hop, readHopExtras(before, 0));
const fixedInput = readScenarioInput(fixedHop, readHopExtras(after, 0));

const timesOf = (s: Scenario | null) =>
  Object.fromEntries((s?.events ?? []).map((e) => [e.id, e.atMs]));

describe('ALB → Node at defaults (S = 5 s, C = 60 s, RTT 1 ms, δ = 10 ms)', () => {
  it('reads the hop: S, C, d, δ, FIN detection and the 502 the ALB returns', () => {
    expect(input.physics).toMatchObject({
      serverIdleMs: 5000,
      clientIdleMs: 60000,
      oneWayMs: 0.5,
      reactionDelayMs: 10,
      finDetection: true,
      raceWindow: { startMs: 4999, endMs: 5015 },
    });
    expect(input.errorLabel).toBe('502');
  });

  it('reset: the request leaves while the FIN is half way, they cross, the RST comes back', () => {
    const s = buildScenario(input, 'reset');
    expect(s?.outcome).toBe('reset');
    expect(s?.gapMs).toBe(4999.75);
    expect(timesOf(s)).toEqual({
      'last-write': 0,
      'client-read': 0.5,
      'fin-sent': 5000,
      'request-leaves': 5000.25,
      crossing: 5000.375,
      'fin-arrives': 5000.5,
      'request-arrives': 5000.75,
      error: 5001.25,
    });
    expect(s?.events.map((e) => e.id)).toEqual([
      'last-write',
      'client-read',
      'fin-sent',
      'request-leaves',
      'crossing',
      'fin-arrives',
      'request-arrives',
      'error',
    ]);
    expect(s?.events.at(-1)?.label).toBe('502');
    expect(s?.window).toEqual({ startMs: 4999.5, endMs: 5015.5, widthMs: 16 });
    expect(s?.packets.find((p) => p.id === 'rst')).toMatchObject({
      startMs: 5000.75,
      endMs: 5001.25,
    });
  });

  it('served: half-way to the last safe reuse, both timers restart', () => {
    const s = buildScenario(input, 'served');
    expect(s?.gapMs).toBe(2499.5);
    expect(timesOf(s)).toMatchObject({
      'request-leaves': 2500,
      'request-arrives': 2500.5,
      'response-arrives': 2501,
    });
    expect(s?.timers.map((t) => t.cutMs)).toEqual([2501, 2500.5]);
  });

  it('after the FIN: the pool notices it δ later and opens a new connection', () => {
    const s = buildScenario(input, 'after-fin');
    expect(s?.outcome).toBe('new-after-fin');
    expect(timesOf(s)).toMatchObject({
      'fin-arrives': 5000.5,
      'client-notices': 5010.5,
      'new-connection': 5017.5,
    });
  });

  it('after the fix (S = 65 s): the client drops first at 60 s and nothing races', () => {
    const s = buildScenario(fixedInput, 'fixed');
    expect(fixedInput.physics.raceWindow).toBeNull();
    expect(s?.outcome).toBe('new-after-drop');
    expect(timesOf(s)).toMatchObject({
      'client-drops': 60000.5,
      'server-gets-fin': 60001,
      'new-connection': 62500.5,
    });
    expect(s?.timers[1]).toMatchObject({ endMs: 65000, cutMs: 60001 });
    expect(s?.window).toBeNull();
    // The risky hop has no "client drops first" scene.
    expect(buildScenario(input, 'fixed')).toBeNull();
  });

  it('lists the four scenarios, before and after', () => {
    expect(listScenarios(input, fixedInput).map((s) => [s.kind, s.title])).toEqual([
      ['served', 'Reuse well before the timeout'],
      ['reset', 'Reuse inside the race window'],
      ['after-fin', 'Reuse after the FIN arrived'],
      ['fixed', 'After the fix'],
    ]);
  });
});

const blind: HopPhysics = {
  serverIdleMs: 5000,
  clientIdleMs: null,
  oneWayMs: 0.5,
  reactionDelayMs: 10,
  finDetection: false,
  raceWindow: { startMs: 4999, endMs: null },
  reuse: true,
};

describe('a client without FIN detection and without an idle limit', () => {
  const blindInput = { ...input, physics: blind };
  it('still resets after the FIN has arrived, and has no safe "client drops first" scene', () => {
    const s = buildScenario(blindInput, 'after-fin');
    expect(s?.outcome).toBe('reset');
    expect(s?.events.find((e) => e.id === 'fin-arrives')?.caption).toMatch(/only when it writes/);
    expect(s?.events.some((e) => e.id === 'crossing')).toBe(false);
    expect(buildScenario(blindInput, 'fixed')).toBeNull();
    expect(s?.timers[0]).toMatchObject({ endMs: null, label: 'C = ∞' });
  });
  it('a hop without reuse shows nothing', () => {
    expect(buildScenario({ ...input, physics: { ...blind, reuse: false } }, 'served')).toBeNull();
  });
});

const physicsArb = fc
  .record({
    serverIdleMs: fc.option(fc.integer({ min: 50, max: 600_000 }), { nil: null }),
    clientIdleMs: fc.option(fc.integer({ min: 0, max: 600_000 }), { nil: null }),
    rtt: fc.integer({ min: 0, max: 40 }),
    reactionDelayMs: fc.integer({ min: 0, max: 50 }),
    finDetection: fc.boolean(),
  })
  .map(({ rtt, serverIdleMs: S, clientIdleMs: C, ...rest }): HopPhysics => {
    const start = S === null ? 0 : Math.max(0, S - rtt);
    let end: number | null = rest.finDetection && S !== null ? S + rest.reactionDelayMs : null;
    if (C !== null) end = end === null ? C : Math.min(end, C);
    const open = S !== null && (end === null || end > start);
    return {
      ...rest,
      serverIdleMs: S,
      clientIdleMs: C,
      oneWayMs: rtt / 2,
      raceWindow: open ? { startMs: start, endMs: end } : null,
      reuse: true,
    };
  });

describe('the race-model table', () => {
  fcTest.prop([physicsArb, fc.integer({ min: 0, max: 700_000 })])(
    'classifyReuse agrees with design/race-model.md',
    (p, g) => {
      const S = p.serverIdleMs;
      const C = p.clientIdleMs;
      const rtt = 2 * p.oneWayMs;
      const out = classifyReuse(p, g);
      const finFirst = p.finDetection && S !== null && S + p.reactionDelayMs < (C ?? Infinity);
      if (C !== null && g >= C && !finFirst) expect(out).toBe('new-after-drop');
      else if (S === null || g < S - rtt) expect(['served', 'new-after-drop']).toContain(out);
      else if (p.finDetection && g > S + p.reactionDelayMs) expect(out).toBe('new-after-fin');
      else if (C === null || g < C) expect(out).toBe('reset');
    },
  );

  fcTest.prop([physicsArb])('each chosen gap shows its scenario; packets take d', (p) => {
    const reset = chooseGapMs(p, 'reset');
    if (reset !== null) expect(classifyReuse(p, reset)).toBe('reset');
    const served = chooseGapMs(p, 'served');
    if (served !== null) expect(classifyReuse(p, served)).toBe('served');
    const fixed = chooseGapMs(p, 'fixed');
    if (fixed !== null) expect(classifyReuse(p, fixed)).toBe('new-after-drop');
    for (const kind of ['served', 'reset', 'after-fin', 'fixed'] as const) {
      const s = buildScenario({ ...input, physics: p }, kind);
      if (!s) continue;
      for (const pk of s.packets) expect(pk.endMs - pk.startMs).toBeCloseTo(p.oneWayMs, 9);
      const times = s.events.map((e) => e.atMs);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });
});
