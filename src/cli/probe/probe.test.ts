import { afterEach, describe, expect, it } from 'vitest';
import type { ProbeJson } from '../../core/probe/report';
import { createFakeIo } from '../fake-io';
import { run } from '../main';
import { startRawServer, type RawServer, type RawServerOptions } from './test-server-kit';

const servers: RawServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(o: RawServerOptions): Promise<RawServer> {
  const s = await startRawServer(o);
  servers.push(s);
  return s;
}

async function probe(args: string[], files: Record<string, string> = {}) {
  const io = createFakeIo(files);
  const code = await run(['probe', '--format', 'json', ...args], io);
  return { code, json: io.out ? (JSON.parse(io.out) as ProbeJson) : null, err: io.err };
}

/** Measured within its resolution plus the test server's own timer slack on a busy machine. */
function expectNear(p: ProbeJson | null, ms: number): void {
  expect(p?.idleMs).not.toBeNull();
  expect(Math.abs((p?.idleMs ?? 0) - ms)).toBeLessThanOrEqual((p?.resolutionMs ?? 0) + 50);
}

describe('probe against in-process servers on 127.0.0.1', () => {
  it('times a graceful close (FIN) 300 ms after the response', async () => {
    const s = await serve({ idle: { end: 'fin', afterMs: 300 } });
    const r = await probe([s.url]);
    expect(r.code).toBe(0);
    expect(r.json?.closedBy).toBe('server-fin');
    expectNear(r.json, 300);
    expect(r.json?.requestsServed).toBe(1);
    expect(r.json?.hint).toBeNull();
    expect(r.json?.resolutionMs).toBeGreaterThanOrEqual(1);
  });

  it('tells a reset (RST) from a FIN', async () => {
    const s = await serve({ idle: { end: 'rst', afterMs: 250 } });
    const r = await probe([s.url]);
    expect(r.code).toBe(0);
    expect(r.json?.closedBy).toBe('server-rst');
    expectNear(r.json, 250);
  });

  it('gives exit 1 and no idleMs when nothing closes within --max-wait', async () => {
    const s = await serve({ idle: { end: 'never' } });
    const started = Date.now();
    const r = await probe(['--max-wait', '400ms', s.url]);
    expect(r.code).toBe(1);
    expect(r.json?.closedBy).toBe('none');
    expect(r.json?.idleMs).toBeNull();
    expect(r.json?.maxWaitMs).toBe(400);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('finds the request cap (Connection: close on the 3rd response), then times idle on a new connection', async () => {
    const s = await serve({ idle: { end: 'fin', afterMs: 200 }, capAt: 3 });
    const r = await probe(['--requests', '5', s.url]);
    expect(r.code).toBe(0);
    expect(r.json?.requestCap).toBe(3);
    expect(r.json?.requestsServed).toBe(3);
    expect(r.json?.keepAlive).toBe(true);
    expect(r.json?.closedBy).toBe('server-fin');
    expectNear(r.json, 200);
    expect(s.connections()).toBe(2);
  });

  it('sees no cap when all requests are answered on one connection', async () => {
    const s = await serve({ idle: { end: 'fin', afterMs: 150 }, capAt: 9 });
    const r = await probe(['--requests', '4', s.url]);
    expect(r.json?.requestCap).toBeNull();
    expect(r.json?.requestsServed).toBe(4);
    expect(s.connections()).toBe(1);
  });

  it('reports keep-alive off when the first response says Connection: close', async () => {
    const s = await serve({ idle: { end: 'never' }, capAt: 1 });
    const r = await probe([s.url]);
    expect(r.code).toBe(0);
    expect(r.json?.keepAlive).toBe(false);
    expect(r.json?.closedBy).toBe('after-response');
    expect(r.json?.requestCap).toBe(1);
  });

  it('reads a chunked body with trailers and the Keep-Alive hint', async () => {
    const s = await serve({
      idle: { end: 'fin', afterMs: 200 },
      chunked: true,
      headers: ['Keep-Alive: timeout=0, max=99'],
    });
    const r = await probe([s.url]);
    expect(r.json?.hint).toEqual({ timeoutMs: 0, max: 99 });
    expectNear(r.json, 200);
  });

  it('compares with --expect and explains a mismatch', async () => {
    const s = await serve({ idle: { end: 'fin', afterMs: 300 } });
    // uvicorn closes after 5 s by default and sends no hint: 300 ms disagrees.
    const r = await probe(['--expect', 'tech:uvicorn', s.url]);
    expect(r.code).toBe(0);
    expect(r.json?.expect?.agrees).toBe(false);
    const idle = r.json?.expect?.checks.find((c) => c.subject === 'idle');
    expect(idle?.agrees).toBe(false);
    expect(idle?.expected).toBe('5 s');
    expect(idle?.explanation).toContain('another config is in force');
    expect(r.json?.expect?.checks.find((c) => c.subject === 'hint')?.agrees).toBe(true);
  });

  it('agrees with the nginx config the test server imitates (--expect nginx.conf)', async () => {
    const s = await serve({ idle: { end: 'fin', afterMs: 300 }, capAt: 4 });
    const conf =
      'http {\n  keepalive_timeout 300ms;\n  keepalive_requests 4;\n  server {\n    listen 8080;\n    location / { return 200; }\n  }\n}\n';
    const r = await probe(['--requests', '6', '--expect', 'nginx.conf', s.url], {
      'nginx.conf': conf,
    });
    expect(r.err).toBe('');
    expect(r.json?.expect?.tech).toBe('nginx');
    expect(r.json?.expect?.idleMs).toBe(300);
    expect(r.json?.expect?.checks.map((c) => [c.subject, c.agrees])).toEqual([
      ['keep-alive', true],
      ['idle', true],
      ['hint', true],
      ['request-cap', true],
    ]);
    expect(r.json?.expect?.agrees).toBe(true);
  });

  it('stops cleanly on Ctrl-C: socket closed, exit 130', async () => {
    const s = await serve({ idle: { end: 'never' } });
    let interrupt: (() => void) | undefined;
    const io = createFakeIo();
    io.onInterrupt = (h) => ((interrupt = h), () => {});
    const done = run(['probe', s.url], io);
    while (s.connections() === 0) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 100));
    interrupt?.();
    expect(await done).toBe(130);
    expect(io.err).toContain('interrupted');
    await new Promise((r) => setTimeout(r, 50));
    expect(s.clientClosed()).toBe(1);
  });

  it('shows a progress line on a terminal while it waits, and clears it', async () => {
    // The line ticks each second: the close comes well after the first tick, even on a busy machine.
    const s = await serve({ idle: { end: 'fin', afterMs: 2500 } });
    const io = createFakeIo();
    io.isStderrTty = true;
    expect(await run(['probe', s.url], io)).toBe(0);
    expect(io.err).toContain('idle, waiting for the server to close: 1 s of at most 10 min');
    expect(io.err.endsWith('\r\x1b[K')).toBe(true);
    expect(io.out).toContain('the server closed it (FIN)');
  });
});
