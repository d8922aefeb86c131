/**
 * `timeout-chain probe` against real servers (issue 15): nginx and HAProxy from the OS packages
 * and a Node `http` server, 1–2 s timeouts, on 127.0.0.1. The measured idle timeout must lie
 * within ±50 ms of the catalog's effective value for the configuration; the Keep-Alive hint, the
 * request cap, a server that never closes and TLS are checked too. The cases run concurrently
 * (each has its own server and connection), so the file takes a few seconds.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveNode } from '../src/core/catalog/registry';
import { findLookAlikes } from '../src/core/probe/look-alikes';
import type { SettingScalar } from '../src/core/model/chain';
import type { ProbeJson } from '../src/core/probe/report';
import type { CliIo } from '../src/cli/io';
import { run } from '../src/cli/main';
import { OPENSSL_BIN, startProbeNginx } from './probe-servers';
import {
  HAPROXY_BIN,
  hasBinary,
  NGINX_BIN,
  readBinaryVersion,
  startHaproxy,
  startNodeServer,
  type LabServer,
} from './servers';

const TOLERANCE_MS = 50;
const nginx = hasBinary(NGINX_BIN);
const nginxVersion = nginx ? readBinaryVersion(NGINX_BIN) : null;
const haproxy = hasBinary(HAPROXY_BIN);
const haproxyVersion = haproxy ? readBinaryVersion(HAPROXY_BIN) : null;
const openssl = hasBinary(OPENSSL_BIN);

async function probe(
  args: string[],
): Promise<{ code: number; json: ProbeJson | null; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readFile: (path) => readFile(path, 'utf8'),
    env: {},
    isTty: false,
  };
  const code = await run(['probe', '--format', 'json', ...args], io);
  return { code, json: out ? (JSON.parse(out) as ProbeJson) : null, err };
}

/** S as the catalog resolves the lab's configuration. */
function catalogIdle(
  tech: string,
  version: string | null,
  settings: Record<string, SettingScalar>,
): number | null {
  const r = resolveNode({
    id: 'lab',
    tech,
    ...(version ? { version } : {}),
    settings: Object.fromEntries(
      Object.entries(settings).map(([k, value]) => [
        k,
        { value, origin: { kind: 'edit' as const } },
      ]),
    ),
  });
  return r?.server?.idle.value ?? null;
}

/** A resolution this fine shows the probe's loop (and so the machine) was quiet around the close. */
const QUIET_MS = 20;

/**
 * Probes up to three times and keeps the attempt with the finest resolution: on a shared machine
 * a probe can be starved of CPU for 100 ms and says so (its resolution); the ±50 ms claim is then
 * checked on a quiet attempt rather than widened.
 */
async function probeQuietly(args: string[]): ReturnType<typeof probe> {
  let best = await probe(args);
  for (let i = 1; i < 3 && (best.json?.resolutionMs ?? 0) > QUIET_MS; i++) {
    const next = await probe(args);
    if ((next.json?.resolutionMs ?? Infinity) < (best.json?.resolutionMs ?? Infinity)) best = next;
  }
  return best;
}

async function withServer<T>(
  start: () => Promise<LabServer>,
  body: (s: LabServer) => Promise<T>,
): Promise<T> {
  const server = await start();
  try {
    return await body(server);
  } finally {
    await server.stop();
  }
}

const url = (s: LabServer): string =>
  (s as LabServer & { url?: string }).url ?? `http://127.0.0.1:${s.port}/`;

function expectMeasured(p: ProbeJson | null, expectedMs: number | null): void {
  expect(expectedMs).not.toBeNull();
  expect(p?.closedBy).toBe('server-fin');
  expect(Math.abs((p?.idleMs ?? Infinity) - (expectedMs ?? 0))).toBeLessThanOrEqual(TOLERANCE_MS);
}

/**
 * The probes share this process's event loop: the first import of a config, the catalog's
 * defaults and the probe's own code are compiled here, before any probe's clock runs, so no probe
 * blurs another's timestamps (the resolution each reports would show it).
 */
beforeAll(async () => {
  findLookAlikes(60_000, 1);
  const conf = 'http { keepalive_timeout 1s 1s; server { listen 1; } }';
  const io: CliIo = {
    stdout: () => {},
    stderr: () => {},
    readFile: () => Promise.resolve(conf),
    env: {},
    isTty: false,
  };
  await run(
    ['probe', '--expect', 'nginx.conf', '--expect', 'tech:haproxy', 'http://127.0.0.1:1/'],
    io,
  );
});

describe.concurrent('probe against real servers', () => {
  it.skipIf(!nginx)(
    'nginx keepalive_timeout 2s 2s: 2 s measured, Keep-Alive: timeout=2 read, agrees with its nginx.conf',
    async () => {
      await withServer(
        () => startProbeNginx('keepalive_timeout 2s 2s;'),
        async (s) => {
          const conf = (s as Awaited<ReturnType<typeof startProbeNginx>>).conf;
          const r = await probeQuietly(['--expect', conf, url(s)]);
          expect(r.code, r.err).toBe(0);
          expectMeasured(
            r.json,
            catalogIdle('nginx', nginxVersion, {
              keepalive_timeout: 2000,
              'keepalive_timeout.header_timeout': 2000,
            }),
          );
          expect(r.json?.hint).toEqual({ timeoutMs: 2000, max: null });
          expect(r.json?.expect?.checks.map((c) => [c.subject, c.agrees])).toEqual([
            ['keep-alive', true],
            ['idle', true],
            ['hint', true],
          ]);
        },
      );
    },
  );

  it.skipIf(!nginx)(
    'nginx keepalive_requests 3: the cap found with --requests 5, then 1 s idle on a new connection',
    async () => {
      await withServer(
        () => startProbeNginx('keepalive_timeout 1s;\n  keepalive_requests 3;'),
        async (s) => {
          const r = await probeQuietly(['--requests', '5', url(s)]);
          expect(r.code, r.err).toBe(0);
          expect(r.json?.requestCap).toBe(3);
          expect(r.json?.requestsServed).toBe(3);
          expectMeasured(r.json, catalogIdle('nginx', nginxVersion, { keepalive_timeout: 1000 }));
        },
      );
    },
  );

  it.skipIf(!nginx)(
    'nginx keepalive_timeout 75s never closes within --max-wait 1s: exit 1',
    async () => {
      await withServer(
        () => startProbeNginx('keepalive_timeout 75s;'),
        async (s) => {
          const started = Date.now();
          const r = await probe(['--max-wait', '1s', url(s)]);
          expect(r.code).toBe(1);
          expect(r.json?.closedBy).toBe('none');
          expect(r.json?.idleMs).toBeNull();
          expect(Date.now() - started).toBeLessThan(5000);
        },
      );
    },
  );

  it.skipIf(!nginx || !openssl)(
    'nginx over TLS with a self-signed certificate: works with --insecure, fails clearly without',
    async () => {
      await withServer(
        () => startProbeNginx('keepalive_timeout 1s;', true),
        async (s) => {
          const refused = await probe([url(s)]);
          expect(refused.code).toBe(2);
          expect(refused.err).toMatch(
            /^timeout-chain probe: TLS: .*self[- ]signed.*--insecure\)\n$/,
          );
          const r = await probeQuietly(['--insecure', url(s)]);
          expect(r.code, r.err).toBe(0);
          expectMeasured(r.json, catalogIdle('nginx', nginxVersion, { keepalive_timeout: 1000 }));
        },
      );
    },
  );

  it.skipIf(!haproxy)(
    'HAProxy timeout http-keep-alive 1500ms: 1.5 s measured, no hint',
    async () => {
      await withServer(
        () => startHaproxy(1500, 30_000),
        async (s) => {
          const r = await probeQuietly(['--expect', 'tech:haproxy', url(s)]);
          expect(r.code, r.err).toBe(0);
          expectMeasured(
            r.json,
            catalogIdle('haproxy', haproxyVersion, {
              'timeout http-keep-alive': 1500,
              'timeout client': 30_000,
            }),
          );
          expect(r.json?.hint).toBeNull();
        },
      );
    },
  );

  it('Node http keepAliveTimeout 1000: the catalog effective value for this Node version', async () => {
    await withServer(
      () => startNodeServer(1000),
      async (s) => {
        const r = await probeQuietly([url(s)]);
        expect(r.code, r.err).toBe(0);
        expectMeasured(
          r.json,
          catalogIdle('node-http-server', process.versions.node, {
            'server.keepAliveTimeout': 1000,
          }),
        );
        expect(r.json?.hint?.timeoutMs).toBe(1000);
      },
    );
  });
});
