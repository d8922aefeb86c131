/**
 * The race model against real servers (design/race-model.md, "What the test suite proves"):
 * nginx and HAProxy from the OS packages and a Node `http` server, idle timeouts of about 1 s.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveNode } from '../src/core/catalog/registry';
import type { SettingScalar } from '../src/core/model/chain';
import { computeWilsonInterval } from '../src/core/race/ci';
import { estimateHopLoss } from '../src/core/race/estimate';
import {
  createPoissonGaps,
  createUniformGaps,
  measureIdleClose,
  measureRtt,
  runPoolClients,
  sweepGaps,
} from './experiments';
import { toTableRows, writeResultsMarkdown, type LabRow } from './results';
import {
  HAPROXY_BIN,
  hasBinary,
  NGINX_BIN,
  readBinaryVersion,
  startHaproxy,
  startNginx,
  startNodeServer,
  type LabServer,
} from './servers';

const IDLE_MS = 1000;
/** Server timer jitter plus the client's event-loop delay in seeing a FIN, on loopback. */
const TOLERANCE_MS = 10;
const SWEEP_STEP_MS = 10;
const SWEEP_DELAY_MS = 50;
const SAFE_MARGIN_MS = 50;
const POISSON_DELAY_MS = 300;
/** The assertion uses a 99.9 % range (z = 3.29) so that three servers pass together 99.7 % of the time. */
const Z_ASSERT = 3.29;

interface ServerSpec {
  name: string;
  tech: string;
  version: string | null;
  settings: Record<string, SettingScalar>;
  configured: string;
  available: boolean;
  missing: string;
  start: () => Promise<LabServer>;
}

const SERVERS: ServerSpec[] = [
  {
    name: 'nginx',
    tech: 'nginx',
    version: hasBinary(NGINX_BIN) ? readBinaryVersion(NGINX_BIN) : null,
    settings: { keepalive_timeout: IDLE_MS },
    configured: `keepalive_timeout ${IDLE_MS}ms`,
    available: hasBinary(NGINX_BIN),
    missing: `${NGINX_BIN} not found: install it (apt-get install nginx) or set NGINX_BIN`,
    start: () => startNginx(IDLE_MS),
  },
  {
    name: 'HAProxy',
    tech: 'haproxy',
    version: hasBinary(HAPROXY_BIN) ? readBinaryVersion(HAPROXY_BIN) : null,
    settings: { 'timeout http-keep-alive': IDLE_MS, 'timeout client': 30_000 },
    configured: `timeout http-keep-alive ${IDLE_MS}ms`,
    available: hasBinary(HAPROXY_BIN),
    missing: `${HAPROXY_BIN} not found: install it (apt-get install haproxy) or set HAPROXY_BIN`,
    start: () => startHaproxy(IDLE_MS, 30_000),
  },
  {
    name: 'Node http',
    tech: 'node-http-server',
    version: process.versions.node,
    settings: { 'server.keepAliveTimeout': IDLE_MS },
    configured: `keepAliveTimeout ${IDLE_MS}`,
    available: true,
    missing: '',
    start: () => startNodeServer(IDLE_MS),
  },
];

/** S and γs as the catalog resolves the lab's configuration. */
function readCatalog(spec: ServerSpec): { idleMs: number | null; granularityMs: number } {
  const resolved = resolveNode({
    id: 'lab',
    tech: spec.tech,
    ...(spec.version ? { version: spec.version } : {}),
    settings: Object.fromEntries(
      Object.entries(spec.settings).map(([k, value]) => [k, { value, origin: { kind: 'edit' } }]),
    ),
  });
  return {
    idleMs: resolved?.server?.idle.value ?? null,
    granularityMs: resolved?.server?.granularityMs ?? 0,
  };
}

const rows: LabRow[] = [];
const addOutcomes = (row: LabRow, outcomes: Partial<Record<string, number>>): void => {
  for (const [k, v] of Object.entries(outcomes))
    row.outcomes[k] = (row.outcomes[k] ?? 0) + (v ?? 0);
};

for (const spec of SERVERS) {
  if (!spec.available) console.warn(`lab: skipping ${spec.name}: ${spec.missing}`);

  describe.skipIf(!spec.available)(`${spec.name} (${spec.version ?? 'unknown version'})`, () => {
    let server: LabServer | undefined;
    const catalog = readCatalog(spec);
    const row: LabRow = {
      server: `${spec.name} ${spec.version ?? ''}`.trim(),
      configured: spec.configured,
      catalogMs: catalog.idleMs,
      measuredMs: NaN,
      rttMs: NaN,
      outcomes: {},
    };
    const port = (): number => {
      if (!server) throw new Error(`${spec.name} did not start`);
      return server.port;
    };

    beforeAll(async () => {
      rows.push(row);
      server = await spec.start();
      const close = await measureIdleClose(server.port);
      row.measuredMs = close.medianMs;
      row.rttMs = await measureRtt(server.port);
    }, 30_000);

    afterAll(async () => {
      await server?.stop();
    }, 10_000);

    it('closes idle connections when the catalog says it does', () => {
      expect(
        catalog.idleMs,
        `catalog S for ${spec.tech}@${spec.version} vs the measured close`,
      ).not.toBeNull();
      expect(Math.abs(row.measuredMs - (catalog.idleMs ?? 0))).toBeLessThanOrEqual(
        TOLERANCE_MS + catalog.granularityMs,
      );
    });

    it('fails reuses only inside the window [S − RTT, S + δ + γs]', async () => {
      const S = row.measuredMs;
      const gaps: number[] = [];
      for (let g = -100; g <= SWEEP_DELAY_MS + 70; g += SWEEP_STEP_MS) gaps.push(Math.round(S + g));
      const trials = await sweepGaps(port(), gaps, SWEEP_DELAY_MS);
      const window = estimateHopLoss({
        serverIdleMs: S,
        clientIdleMs: null,
        rttMs: row.rttMs,
        reactionDelayMs: SWEEP_DELAY_MS,
        serverGranularityMs: catalog.granularityMs,
        finDetection: true,
        rps: 1,
      }).window;
      const lo = window?.startMs ?? NaN;
      const hi = window?.endMs ?? NaN;
      const failed = trials.filter((t) => t.outcome !== 'ok' && t.outcome !== 'noticed');
      const failing = failed.map((t) => t.gapMs);
      for (const t of trials) row.outcomes[t.outcome] = (row.outcomes[t.outcome] ?? 0) + 1;
      row.sweep = {
        deltaMs: SWEEP_DELAY_MS,
        predicted: [lo, hi],
        failing: failing.length ? [Math.min(...failing), Math.max(...failing)] : null,
        failures: failed.length,
        trials: trials.length,
      };
      const report = trials.map((t) => `${t.gapMs.toFixed(1)}:${t.outcome}`).join(' ');
      for (const t of trials) {
        const inside = t.gapMs >= lo - TOLERANCE_MS && t.gapMs <= hi + TOLERANCE_MS;
        const deepInside =
          t.gapMs >= S + TOLERANCE_MS && t.gapMs <= S + SWEEP_DELAY_MS - TOLERANCE_MS;
        if (!inside)
          expect(t.outcome, `gap ${t.gapMs.toFixed(1)} ms outside the window\n${report}`).toMatch(
            /^(ok|noticed)$/,
          );
        if (deepInside)
          expect(t.outcome, `gap ${t.gapMs.toFixed(1)} ms inside the window\n${report}`).toMatch(
            /^(ECONNRESET|EPIPE|EOF)$/,
          );
      }
      // The failing gaps bracket the predicted window within a sweep step and the timer tolerance.
      expect(row.sweep.failing).not.toBeNull();
      const [first, last] = row.sweep.failing ?? [NaN, NaN];
      expect(Math.abs(first - lo)).toBeLessThanOrEqual(SWEEP_STEP_MS + TOLERANCE_MS);
      expect(Math.abs(last - (S + SWEEP_DELAY_MS))).toBeLessThanOrEqual(
        SWEEP_STEP_MS + TOLERANCE_MS,
      );
    }, 20_000);

    it('never fails a client whose idle limit is below S minus the margin', async () => {
      const S = row.measuredMs;
      const clientIdleMs = S - SAFE_MARGIN_MS;
      // A client that never notices FINs (the worst case), reusing after gaps just under its C.
      const stats = await runPoolClients(
        port(),
        {
          clientIdleMs,
          reactionDelayMs: Infinity,
          nextGapMs: createUniformGaps(S - 200, S - 30, 11),
        },
        { slots: 50, durationMs: 60_000, maxRequests: 9 },
      );
      addOutcomes(row, stats.outcomes);
      row.safe = { clientIdleMs, reuses: stats.reuses, failures: stats.losses };
      expect(stats.reuses).toBeGreaterThanOrEqual(200);
      expect(stats.losses, `lost reuses after gaps ${stats.lostGapsMs.join(', ')}`).toBe(0);
    }, 45_000);

    it('loses Poisson requests (λ = 1/S) at the rate the closed form predicts', async () => {
      const S = row.measuredMs;
      const stats = await runPoolClients(
        port(),
        {
          clientIdleMs: Infinity,
          reactionDelayMs: POISSON_DELAY_MS,
          nextGapMs: createPoissonGaps(S, 29),
        },
        { slots: Math.round((150 * S) / 1000), durationMs: 16_000 },
      );
      addOutcomes(row, stats.outcomes);
      const predicted = estimateHopLoss({
        serverIdleMs: S,
        clientIdleMs: null,
        rttMs: row.rttMs,
        reactionDelayMs: POISSON_DELAY_MS,
        serverGranularityMs: catalog.granularityMs,
        finDetection: true,
        rps: 1000 / S,
      }).lossShare;
      const n = stats.requests;
      const se = Math.sqrt((predicted * (1 - predicted)) / n);
      row.poisson = {
        deltaMs: POISSON_DELAY_MS,
        requests: n,
        losses: stats.losses,
        predicted,
        range95: [predicted - 1.96 * se, predicted + 1.96 * se],
      };
      const measured = stats.losses / n;
      console.log(
        `${spec.name}: ${stats.losses}/${n} lost = ${measured.toFixed(4)}, predicted ${predicted.toFixed(4)}, Wilson 95 % of measured ${computeWilsonInterval(
          stats.losses,
          n,
        )
          .map((x) => x.toFixed(4))
          .join('–')}`,
      );
      expect(n).toBeGreaterThanOrEqual(800);
      expect(Math.abs(measured - predicted)).toBeLessThanOrEqual(Z_ASSERT * se);
    }, 45_000);
  });
}

afterAll(() => {
  if (rows.length === 0) return;
  console.table(toTableRows(rows));
  const versions = `Node ${process.versions.node}, ${SERVERS.filter(
    (s) => s.available && s.tech !== 'node-http-server',
  )
    .map((s) => `${s.name} ${s.version ?? '?'}`)
    .join(', ')}`;
  writeResultsMarkdown(fileURLToPath(new URL('./results.md', import.meta.url)), rows, versions);
});
