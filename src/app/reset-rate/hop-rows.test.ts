import { describe, expect, it } from 'vitest';
import { estimateHopLoss } from '../../core/race';
import { analyzeWithFix } from '../timeline/fixtures';
import { computeHopLossRows, findWorstHop } from './hop-rows';

const traffic = { rps: 0.2, nonIdempotentShare: 0.1 };

describe('computeHopLossRows', () => {
  it('gives ALB → Node its closed form now and none after the fix', () => {
    const { before, after } = analyzeWithFix(['aws-alb', 'node-http-server']);
    const [row] = computeHopLossRows(before, after, traffic, 10);
    expect(row?.label).toMatch(/→/);
    expect(row?.now.kind).toBe('race');
    if (row?.now.kind !== 'race') return;
    // S comes from the catalog (Node's default, with its buffer where it has one); C is ALB's 60 s.
    const S = before.hops[0]!.server.idleMs!;
    expect(row.now.params).toMatchObject({ serverIdleMs: S, clientIdleMs: 60_000, rps: 0.2 });
    const { rttMs, reactionDelayMs, serverGranularityMs } = row.now.params;
    // e^(−λa) − e^(−λb), a = S − RTT, b = S + δ + γs, at λ = 0.2/s = 0.0002/ms.
    const a = S - rttMs;
    const b = S + reactionDelayMs + serverGranularityMs;
    const p = Math.exp(-0.0002 * a) - Math.exp(-0.0002 * b);
    expect(row.now.estimate.lossProbability).toBeCloseTo(p, 12);
    expect(row.now.estimate.lossesPerDay).toBeCloseTo(86_400 * 0.2 * p, 9);
    expect(row.after?.kind).toBe('race');
    if (row.after?.kind === 'race') expect(row.after.estimate.lossProbability).toBe(0);
  });

  it('counts retries: a Go client retries idempotent requests, so callers see the rest', () => {
    const { before } = analyzeWithFix(['go-transport', 'node-http-server']);
    const [row] = computeHopLossRows(before, undefined, traffic, 10);
    expect(row?.after).toBeNull();
    if (row?.now.kind !== 'race') throw new Error('expected a race');
    const e = estimateHopLoss(row.now.params);
    expect(e.userVisibleProbability).toBeCloseTo(e.lossProbability * 0.1, 12);
  });

  it('says why a hop cannot race or cannot be known', () => {
    const sync = computeHopLossRows(
      analyzeWithFix(['nginx', 'gunicorn']).before,
      undefined,
      traffic,
      10,
    );
    expect(sync[0]?.now.kind).toBe('no-race');
    const unknown = computeHopLossRows(
      analyzeWithFix(['go-transport', 'no-such-server']).before,
      undefined,
      traffic,
      10,
    );
    expect(unknown[0]?.now).toMatchObject({ kind: 'unknown' });
  });
});

describe('findWorstHop', () => {
  it('picks the hop losing most per day', () => {
    const { before, after } = analyzeWithFix(['go-transport', 'aws-alb', 'node-http-server']);
    const rows = computeHopLossRows(before, after, traffic, 10);
    const perDay = rows.map((r) => (r.now.kind === 'race' ? r.now.estimate.lossesPerDay : 0));
    expect(findWorstHop(rows)).toBe(perDay.indexOf(Math.max(...perDay)));
    expect(findWorstHop([])).toBe(-1);
  });
});
