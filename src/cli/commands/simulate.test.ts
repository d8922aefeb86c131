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
        params: {
          serverIdleMs: number;
          clientIdleMs: number;
          rttMs: number;
          reactionDelayMs: number;
          serverGranularityMs: number;
        };
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
    // S and γs come from the catalog (Node's keepAliveTimeout, 5 s by default); C = Go's 90 s.
    const { serverIdleMs: S, serverGranularityMs: g } = hop.params;
    expect(hop.params).toMatchObject({ clientIdleMs: 90_000, rttMs: 2, reactionDelayMs: 10 });
    // a = S − RTT, b = min(S + δ + γs, C): design/race-model.md, "Reset rate".
    const closedForm = Math.exp(-0.0002 * (S - 2)) - Math.exp(-0.0002 * (S + 10 + g));
    console.log(
      `Go → Node via the CLI: S ${S} ms, p = ${hop.analytic.lossProbability}, simulated ${hop.simulated.lossProbability}`,
    );
    expect(hop.window).toEqual({ startMs: S - 2, endMs: S + 10 + g });
    expect(hop.analytic.lossProbability).toBeCloseTo(closedForm, 15);
    expect(hop.analytic.lossesPerDay).toBeCloseTo(86_400 * 0.2 * closedForm, 9);
    expect(hop.simulated.requests).toBe(1_000_000);
    expect(hop.simulated.ci95[0]).toBeLessThan(closedForm);
    expect(hop.simulated.ci95[1]).toBeGreaterThan(closedForm);
    expect(Math.abs(hop.simulated.lossProbability / closedForm - 1)).toBeLessThan(0.1);
  });

  it('prints one readable block per hop, with the numbers of the JSON', async () => {
    const argv = ['--rps', '0.2', '--rtt', '2ms', '--requests', '1000', ...GO_NODE];
    const text = captureIo();
    const json = captureIo();
    expect(await runSimulate(argv, text.io)).toBe(0);
    expect(await runSimulate([...argv, '--format', 'json'], json.io)).toBe(0);
    const hop = (
      JSON.parse(json.out()) as {
        hops: {
          window: { startMs: number; endMs: number };
          analytic: { lossProbability: number };
        }[];
      }
    ).hops[0]!;
    const percent = Number((hop.analytic.lossProbability * 100).toPrecision(3));
    expect(text.out()).toContain(
      `race window: idle gaps ${hop.window.startMs} ms – ${hop.window.endMs} ms`,
    );
    expect(text.out()).toContain(`closed form: p = ${percent} % per request`);
    expect(text.out()).toMatch(/simulated: +\d+ of 1000 requests lost/);
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
