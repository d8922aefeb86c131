import type { ExpectComparison, ProbeMeasurement } from './types';

/** What `probe --format json` prints (design/contracts.md, "Wave 2 commands"). */
export interface ProbeJson {
  url: string;
  idleMs: number | null;
  resolutionMs: number;
  closedBy: ProbeMeasurement['closedBy'];
  hint: ProbeMeasurement['hint'];
  requestsServed: number;
  notes: string[];
  requestsTried: number;
  requestCap: number | null;
  keepAlive: boolean;
  status: number;
  maxWaitMs: number;
  expect?: ExpectComparison;
}

/**
 * The JSON document of one probe: the contract's fields first (`url, idleMs, resolutionMs,
 * closedBy, hint: { timeoutMs, max }, requestsServed, notes`), then the rest. `idleMs` is null
 * (whole ms: the resolution is at least 1 ms) only when nothing closed within `maxWaitMs`; `hint` is null when no Keep-Alive header came.
 */
export function toProbeJson(m: ProbeMeasurement, expect?: ExpectComparison): ProbeJson {
  return {
    url: m.url,
    idleMs: m.idleMs === null ? null : Math.round(m.idleMs),
    resolutionMs: m.resolutionMs,
    closedBy: m.closedBy,
    hint: m.hint,
    requestsServed: m.requestsServed,
    notes: m.notes,
    requestsTried: m.requestsTried,
    requestCap: m.requestCap,
    keepAlive: m.keepAlive,
    status: m.status,
    maxWaitMs: m.maxWaitMs,
    ...(expect ? { expect } : {}),
  };
}
