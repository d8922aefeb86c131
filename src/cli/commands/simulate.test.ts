import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io';
import { runSimulate } from './simulate';

function captureIo(): { io: CliIo; out: () => string; errors: () => string } {
  let out = '';
  let errors = '';
  return {
    io: {
      stdout: (t) => (out += t),
      stderr: (t) => (errors += t),
      readFile: () => Promise.reject(new Error('no such file')),
      env: {},
      isTty: false,
    },
    out: () => out,
    errors: () => errors,
  };
}

const GO_NODE = ['tech:go-transport', 'tech:node-http-server'];

describe('timeout-chain simulate', () => {
  it('agrees with the closed form for Go → Node at 0.2 req/s, 2 ms RTT, δ 10 ms', async () => {
    const c = captureIo();
    const code = await runSimulate(
      ['--rps', '0.2', '--rtt', '2ms', '--reaction-delay', '10ms', '--format', 'json', ...GO_NODE],
      c.io,
    );
    expect(code).toBe(0);
    const doc = JSON.parse(c.out()) as {
      hops: {
        window: unknown;
        analytic: { lossProbability: number; lossesPerDay: number };
        simulated: {
          requests: number;
          losses: number;
          lossProbability: number;
          ci95: [number, number];
        };
      }[];
    };
    const hop = doc.hops[0]!;
    // a = 5000 − 2, b = min(5000 + 10 + 5, 90 000): design/race-model.md, "Reset rate".
    const closedForm = Math.exp(-0.0002 * 4998) - Math.exp(-0.0002 * 5015);
    expect(hop.window).toEqual({ startMs: 4998, endMs: 5015 });
    expect(hop.analytic.lossProbability).toBeCloseTo(closedForm, 15);
    expect(hop.analytic.lossesPerDay).toBeCloseTo(86_400 * 0.2 * closedForm, 9);
    expect(hop.simulated.requests).toBe(1_000_000);
    expect(hop.simulated.ci95[0]).toBeLessThan(closedForm);
    expect(hop.simulated.ci95[1]).toBeGreaterThan(closedForm);
    expect(Math.abs(hop.simulated.lossProbability / closedForm - 1)).toBeLessThan(0.1);
  });

  it('prints one readable block per hop', async () => {
    const c = captureIo();
    expect(
      await runSimulate(['--rps', '0.2', '--rtt', '2ms', '--requests', '1000', ...GO_NODE], c.io),
    ).toBe(0);
    expect(c.out()).toContain('race window: idle gaps 4998 ms – 5015 ms');
    expect(c.out()).toContain('p = 0.125 % per request, 21.6 losses/day at 0.2 req/s');
  });

  it('is deterministic for a seed', async () => {
    const a = captureIo();
    const b = captureIo();
    const args = ['--seed', '7', '--requests', '20000', '--format', 'json', ...GO_NODE];
    await runSimulate(args, a.io);
    await runSimulate(args, b.io);
    expect(a.out()).toBe(b.out());
  });

  it.each([
    [['--rps', '0', ...GO_NODE], '--rps'],
    [['--requests', '1.5', ...GO_NODE], '--requests'],
    [['--format', 'xml', ...GO_NODE], '--format'],
    [['--rtt', 'soon', ...GO_NODE], '--rtt'],
    [['--non-idempotent-share', '2', ...GO_NODE], '--non-idempotent-share'],
    [['--bogus', ...GO_NODE], 'bogus'],
    [[], 'give the chain'],
    [['tech:no-such-tech', 'tech:node-http-server'], 'no-such-tech'],
  ])('rejects %j with one line on stderr and exit 2', async (argv, mention) => {
    const c = captureIo();
    expect(await runSimulate(argv, c.io)).toBe(2);
    expect(c.errors()).toContain(mention);
    expect(c.errors().trim().split('\n')[0]).toMatch(/^timeout-chain simulate: /);
    expect(c.out()).toBe('');
  });

  it('prints help', async () => {
    const c = captureIo();
    expect(await runSimulate(['--help'], c.io)).toBe(0);
    expect(c.out()).toContain('Usage: timeout-chain simulate');
  });
});
