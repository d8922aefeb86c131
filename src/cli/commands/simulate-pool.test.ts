import { describe, expect, it } from 'vitest';
import { createFakeIo } from '../fake-io';
import { runSimulate } from './simulate';

interface Doc {
  reuse: string | null;
  pool: number | null;
  hops: {
    params: { poolSize: number | null; reuseOrder: string };
    analytic: { lossProbability: number };
    simulated: { lossProbability: number };
  }[];
}

async function simulate(args: string[]): Promise<{ code: number; doc: Doc | null; err: string }> {
  const io = createFakeIo();
  const code = await runSimulate([...args, '--format', 'json'], io);
  return { code, doc: code === 0 ? (JSON.parse(io.out) as Doc) : null, err: io.err };
}

describe('simulate --pool and --reuse', () => {
  // 10 req/s round-robin over 50 connections, Go → Node 20 (S = 5 s + 1 s buffer = 6 s, γs 5 ms,
  // RTT 1 ms, δ 10 ms): each connection idles ~Erlang(50, 10/s), mean 5 s; the window
  // [5.999 s, 6.015 s] holds ≈ 0.31 % of gaps. Most-recently-first reuse keeps one connection.
  it('round-robin over a pool loses where one connection would not', async () => {
    const base = ['--rps', '10', '--pool', '50', '--requests', '200000'];
    const fifo = await simulate([
      ...base,
      '--reuse',
      'fifo',
      'tech:go-transport',
      'tech:node-http-server@20.20.2',
    ]);
    const hop = fifo.doc?.hops[0];
    expect(hop?.params).toMatchObject({ poolSize: 50, reuseOrder: 'fifo' });
    expect(hop?.analytic.lossProbability).toBeGreaterThan(0.0029);
    expect(hop?.analytic.lossProbability).toBeLessThan(0.0033);
    // Neighbouring round-robin gaps overlap, so 200 000 requests are ~4 000 independent draws.
    expect(hop?.simulated.lossProbability).toBeGreaterThan(0.002);
    expect(hop?.simulated.lossProbability).toBeLessThan(0.0042);
  });

  it("defaults to the client's own order from the catalog: Go LIFO, Reactor Netty FIFO", async () => {
    const go = await simulate([
      '--pool',
      '4',
      '--requests',
      '1000',
      'tech:go-transport',
      'tech:node-http-server',
    ]);
    expect(go.doc?.reuse).toBeNull();
    expect(go.doc?.hops[0]?.params.reuseOrder).toBe('lifo');
    const netty = await simulate([
      '--requests',
      '1000',
      'tech:reactor-netty',
      'tech:node-http-server',
    ]);
    expect(netty.doc?.hops[0]?.params).toMatchObject({ reuseOrder: 'fifo', poolSize: null });
  });

  it('refuses a pool that is not a whole number ≥ 1', async () => {
    for (const bad of ['0', '2.5', 'many']) {
      const r = await simulate(['--pool', bad, 'tech:go-transport', 'tech:node-http-server']);
      expect(r.code).toBe(2);
      expect(r.err).toContain('--pool');
    }
  });
});
