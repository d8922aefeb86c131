import type { LogMeaning, LogSource, RaceSignal } from '../catalog/log-patterns';

/** A log input: a file's name and text, or pasted text. */
export interface LogInput {
  name: string;
  text: string;
}

export interface DecodedHopRef {
  index: number;
  client: { node: string; tech: string };
  server: { node: string; tech: string };
}

/** One recognised failure line. */
export interface DecodedLine {
  /** The line as written (trailing whitespace trimmed). */
  line: string;
  file: string;
  /** 1-based line number in its file. */
  lineNumber: number;
  source: LogSource;
  meaning: LogMeaning;
  race: RaceSignal;
  /** The catalog pattern that recognised it (`nginx/upstream-prematurely-closed-header`). */
  pattern: string;
  explanation: string;
  /** Where the meaning comes from (doc or source code). */
  doc: string;
  /** False: the reference could not be checked; the meaning is an assumption. */
  verified: boolean;
  /** The hop of the given chain the line points to; null without a chain or with no such hop. */
  hop: DecodedHopRef | null;
  /** Where the line points in words ("the hop whose client is nginx"). */
  pointsTo: string;
  /** When it was written (ms since the epoch, UTC when the line names no zone), if it says. */
  timeMs: number | null;
}

export interface RaceCounts {
  yes: number;
  maybe: number;
  no: number;
}

export interface HopCount {
  index: number;
  client: { node: string; tech: string };
  server: { node: string; tech: string };
  lines: number;
  race: RaceCounts;
}

/** Whether failures follow quiet periods (the race's fingerprint at low traffic). */
export interface QuietPeriods {
  /** False when the log holds no traffic lines to measure quiet against. */
  measured: boolean;
  /** Median gap between consecutive timestamped lines (ms). */
  medianGapMs: number | null;
  /** Median gap before a race or maybe-race line (ms). */
  medianGapBeforeFailureMs: number | null;
  /** Failures come after gaps at least 4× the typical gap (3 or more failures). */
  clustered: boolean;
  note: string;
}

export interface TimeSummary {
  firstMs: number;
  lastMs: number;
  spanHours: number;
  /** Failure lines per hour over the span; null for a span of zero. */
  failuresPerHour: number | null;
  /** Race and maybe-race lines per hour; null for a span of zero. */
  racePerHour: number | null;
  quiet: QuietPeriods;
}

export interface DecodeSummary {
  /** Non-blank lines read. */
  linesRead: number;
  /** Failure lines recognised (the `lines` of the report). */
  failures: number;
  /** Lines recognised as normal traffic (access-log successes). */
  traffic: number;
  /** Non-blank lines no pattern recognised. */
  unrecognised: number;
  race: RaceCounts;
  /** Failure lines per meaning, most frequent first. */
  byMeaning: Record<string, number>;
  /** Failure lines per hop of the chain (hops with none are left out). */
  byHop: HopCount[];
  /** Failure lines that point to no hop of the chain (or all of them, without a chain). */
  unattributed: number;
  /** Null when no failure line carries a timestamp. */
  time: TimeSummary | null;
}

export interface DecodeReport {
  lines: DecodedLine[];
  summary: DecodeSummary;
}
