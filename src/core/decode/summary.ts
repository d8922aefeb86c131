import type { RaceSignal } from '../catalog/log-patterns';
import type { DecodeHop } from './hops';
import type {
  DecodedLine,
  DecodeSummary,
  HopCount,
  QuietPeriods,
  RaceCounts,
  TimeSummary,
} from './types';

/** A timestamped line: its gap after the previous timestamped line of its file, its verdict. */
export interface TimedLine {
  timeMs: number;
  gapMs: number | null;
  /** The race signal of a failure line; null for traffic or unrecognised lines. */
  failure: RaceSignal | null;
}

const HOUR_MS = 3_600_000;
/** Failures "cluster after quiet periods" when their median preceding gap is this many times the typical one. */
const QUIET_FACTOR = 4;
const MIN_FAILURES_FOR_PATTERN = 3;

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const countRace = (c: RaceCounts, r: RaceSignal): void => {
  if (r === true) c.yes++;
  else if (r === 'maybe') c.maybe++;
  else c.no++;
};

function quietPeriods(timed: readonly TimedLine[], traffic: number): QuietPeriods {
  const racy = timed.filter((t) => t.failure === true || t.failure === 'maybe');
  if (traffic === 0)
    return {
      measured: false,
      medianGapMs: null,
      medianGapBeforeFailureMs: null,
      clustered: false,
      note: 'not measured: the log holds failures only; give an access log with every request (ALB, Envoy, HAProxy) to see whether failures follow quiet periods',
    };
  const gaps = timed.flatMap((t) => (t.gapMs === null ? [] : [t.gapMs]));
  const before = racy.flatMap((t) => (t.gapMs === null ? [] : [t.gapMs]));
  const m = median(gaps);
  const mb = median(before);
  const clustered =
    before.length >= MIN_FAILURES_FOR_PATTERN &&
    m !== null &&
    mb !== null &&
    mb >= QUIET_FACTOR * Math.max(m, 1);
  const note =
    before.length < MIN_FAILURES_FOR_PATTERN
      ? `too few race lines with a preceding line to judge (${before.length}; ${MIN_FAILURES_FOR_PATTERN} needed)`
      : clustered
        ? "failures follow quiet periods: the keep-alive race's fingerprint (an idle connection reused after the server closed it)"
        : 'failures do not follow quiet periods more than other lines do';
  return { measured: true, medianGapMs: m, medianGapBeforeFailureMs: mb, clustered, note };
}

function timeSummary(
  timed: readonly TimedLine[],
  lines: readonly DecodedLine[],
  traffic: number,
): TimeSummary | null {
  if (!lines.some((l) => l.timeMs !== null)) return null;
  const times = timed.map((t) => t.timeMs);
  const firstMs = Math.min(...times);
  const lastMs = Math.max(...times);
  const spanHours = (lastMs - firstMs) / HOUR_MS;
  const per = (n: number) => (spanHours > 0 ? n / spanHours : null);
  return {
    firstMs,
    lastMs,
    spanHours,
    failuresPerHour: per(lines.length),
    racePerHour: per(lines.filter((l) => l.race !== false).length),
    quiet: quietPeriods(timed, traffic),
  };
}

/** Counts per hop and per meaning, and the time figures (decode.ts's summary). */
export function summarise(
  lines: readonly DecodedLine[],
  timed: readonly TimedLine[],
  counts: { linesRead: number; traffic: number },
  hops: readonly DecodeHop[],
): DecodeSummary {
  const race: RaceCounts = { yes: 0, maybe: 0, no: 0 };
  const meanings = new Map<string, number>();
  const perHop = new Map<number, HopCount>();
  let unattributed = 0;
  for (const l of lines) {
    countRace(race, l.race);
    meanings.set(l.meaning, (meanings.get(l.meaning) ?? 0) + 1);
    if (!l.hop) {
      unattributed++;
      continue;
    }
    const h = perHop.get(l.hop.index) ?? { ...l.hop, lines: 0, race: { yes: 0, maybe: 0, no: 0 } };
    h.lines++;
    countRace(h.race, l.race);
    perHop.set(l.hop.index, h);
  }
  const byMeaning = Object.fromEntries(
    [...meanings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  );
  const byHop = hops.flatMap((h) => perHop.get(h.index) ?? []);
  return {
    linesRead: counts.linesRead,
    failures: lines.length,
    traffic: counts.traffic,
    unrecognised: counts.linesRead - lines.length - counts.traffic,
    race,
    byMeaning,
    byHop,
    unattributed,
    time: timeSummary(timed, lines, counts.traffic),
  };
}
