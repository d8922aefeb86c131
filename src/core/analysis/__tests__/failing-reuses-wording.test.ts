import { describe, expect, it } from 'vitest';
import { analyzeChain } from '../engine';
import { chainOf } from '../test-chain';
import { describeSideIdle } from '../../report/check-result';

const firstError = (specs: Parameters<typeof chainOf>[0]) => {
  const hop = analyzeChain(chainOf(specs)).hops[0];
  if (!hop) throw new Error('no hop');
  return { hop, message: hop.findings.find((f) => f.severity === 'error')?.message ?? '' };
};

describe('findings say which reuses fail, from the race window’s own numbers', () => {
  // Go notices FINs. Node 20.20.2: S = 5 s + 1 s buffer = 6 s, γs 5 ms; RTT 1 ms; δ 10 ms (default).
  // Window [S − RTT, S + δ + γs] = [5.999 s, 6.015 s]; a reuse idle longer finds the FIN seen.
  it('a FIN-detecting client: only S − RTT to S + δ fails, not every gap up to C', () => {
    const { hop, message } = firstError(['go-transport', 'node-http-server@20.20.2']);
    expect(hop.raceWindow).toEqual({ startMs: 5999, endMs: 6015 });
    expect(message).toContain('only a reuse after 5.999 s to 6.015 s idle fails');
    expect(message).not.toMatch(/between 6 s and 90 s/);
  });

  // Apache HttpClient 5 without validateAfterInactivity finds out only when it writes: every reuse
  // from S − RTT until its own idle limit C fails. Against nginx (S = 75 s, γs 5 ms): 74.999 s on.
  it('a client that does not notice FINs: every reuse from S − RTT to C fails', () => {
    const { hop, message } = firstError([
      ['apache-httpclient5', { validateAfterInactivity: null, evictIdleConnections: 120_000 }],
      'nginx',
    ]);
    expect(hop.raceWindow?.startMs).toBe(74_999);
    expect(message).toContain('does not notice the server');
    expect(message).toContain('every reuse after 74.999 s');
  });
});

describe("Node's 1 s buffer is explained where S shows", () => {
  it('6 s (keepAliveTimeout 5 s + Node’s 1 s buffer), in the side and in the finding', () => {
    const { hop, message } = firstError(['go-transport', 'node-http-server@20.20.2']);
    expect(describeSideIdle(hop.server)).toBe("6 s (keepAliveTimeout 5 s + Node's 1 s buffer)");
    expect(message).toContain("after 6 s (keepAliveTimeout 5 s + Node's 1 s buffer;");
  });
});
