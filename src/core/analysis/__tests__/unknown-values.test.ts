import { describe, expect, it } from 'vitest';
import { analyzeChain } from '../engine';
import { unknownValue } from '../../model/value';
import { chainOf } from '../test-chain';
import { buildCheckJson } from '../../report/json';

const cfg = (expr: string) => unknownValue(expr, 'a variable not set in the given files');

describe('a setting written but unresolved', () => {
  it('makes the hop unknown, never the default: names the value to supply and the safe bound', () => {
    const r = analyzeChain(
      chainOf([
        'aws-alb',
        ['node-http-server', { 'server.keepAliveTimeout': cfg('config.keepAlive') }],
      ]),
    );
    const hop = r.hops[0];
    expect(hop?.verdict).toBe('unknown');
    expect(hop?.server.unknown?.value.unknown).toBe('config.keepAlive');
    expect(hop?.marginMs).toBeNull();
    expect(hop?.raceWindow).toBeNull();
    const f = hop?.findings.find((x) => x.rule === 'unknown-value');
    expect(f?.message).toContain('config.keepAlive');
    // ALB keeps connections for 60 s; the required margin (RTT, timer granularity, 1 s) is added.
    expect(f?.message).toMatch(/at least 6\d(\.\d+)? s \(the client's 60 s plus/);
    expect(r.fixPlan.changes).toEqual([]);
  });

  it('follows fallbacks: an unknown ReadTimeout matters only when IdleTimeout is not set', () => {
    const withIdle = analyzeChain(
      chainOf([
        ['go-transport', { IdleConnTimeout: 30_000 }],
        ['go-http-server', { IdleTimeout: 120_000, ReadTimeout: cfg('cfg.ReadTimeout') }],
      ]),
    );
    expect(withIdle.hops[0]?.verdict).toBe('ok');
    expect(withIdle.hops[0]?.server.idleMs).toBe(120_000);
    const fallback = analyzeChain(
      chainOf([
        ['go-transport', { IdleConnTimeout: 30_000 }],
        ['go-http-server', { ReadTimeout: cfg('cfg.ReadTimeout') }],
      ]),
    );
    expect(fallback.hops[0]?.verdict).toBe('unknown');
    expect(fallback.hops[0]?.server.unknown?.key).toBe('ReadTimeout');
  });

  it('an unknown client side gives the bound the client must stay under', () => {
    const r = analyzeChain(
      chainOf([
        ['go-transport', { IdleConnTimeout: cfg('opts.IdleConnTimeout') }],
        ['nginx', { keepalive_timeout: 75_000 }],
      ]),
    );
    expect(r.hops[0]?.verdict).toBe('unknown');
    expect(r.hops[0]?.findings[0]?.message).toMatch(/within 7\d(\.\d+)? s/);
  });

  it('a pool that never reuses is still ok whatever the unknown value', () => {
    const r = analyzeChain(
      chainOf([['go-transport', { DisableKeepAlives: true, IdleConnTimeout: cfg('x') }], 'nginx']),
    );
    expect(r.hops[0]?.verdict).toBe('ok');
  });

  it('is never reported as "no limit" in the JSON', () => {
    const chain = chainOf([
      'aws-alb',
      ['node-http-server', { 'server.keepAliveTimeout': cfg('config.keepAlive') }],
    ]);
    const json = buildCheckJson({
      chain,
      report: analyzeChain(chain),
      notes: [],
      diagnostics: [],
      failOn: 'risk',
    });
    const server = json.hops[0]?.server as Record<string, unknown>;
    expect(server).not.toHaveProperty('idleMs');
    expect(server['unknown']).toEqual({
      expression: 'config.keepAlive',
      reason: 'a variable not set in the given files',
    });
  });
});

describe('the loss estimate of a hop with an unknown side', () => {
  it('is unknown, never computed from the default in its place', async () => {
    const { readHopRaceInput } = await import('../../race/hop-params');
    const r = analyzeChain(
      chainOf([
        'aws-alb',
        ['node-http-server', { 'server.keepAliveTimeout': cfg('config.keepAlive') }],
      ]),
    );
    const hop = r.hops[0]!;
    const input = readHopRaceInput(hop, r.nodes, {
      rps: 1,
      nonIdempotentShare: 0,
      reactionDelayMs: 10,
    });
    expect(input).toMatchObject({ kind: 'unknown' });
    expect(input.kind === 'unknown' && input.reason).toContain('config.keepAlive');
  });
});
