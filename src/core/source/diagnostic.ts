import type { LineIndex, Position } from './line-index';
import type { Span } from './span';

/** A problem found in user input. Line and column are 1-based; offsets are 0-based. */
export type Severity = 'error' | 'warning' | 'info';

/** The one diagnostic type of every format, the pipeline, chain files, the app and the CLI. */
export interface Diagnostic {
  /** Closed SCREAMING_SNAKE set per format, e.g. `NGINX_UNTERMINATED_DIRECTIVE`. */
  code: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  file?: string;
  /** The offsets it covers, when the stage that found it had them (the editor reads these). */
  span?: Span;
}

/**
 * A diagnostic found by offsets in one file, before lines are counted: every stage that works on
 * offsets (lexers, trees, models) reports these and `locateDiagnostic` turns them into diagnostics.
 */
export interface SpanDiagnostic<C extends string = string> {
  code: C;
  severity: Severity;
  message: string;
  file: string;
  start: number;
  end: number;
  /** Set on an "and N more" summary: how many diagnostics of its code it stands for. */
  more?: number;
}

/** A problem at one offset, from a stage that knows neither file nor severity (a lexer, a tree). */
export interface OffsetProblem<C extends string = string> {
  code: C;
  offset: number;
  message: string;
}

/**
 * How a format's readers report a problem: its code, severity, message and where (an offset in
 * the file being read, or a position already known). The one reporter type of every format.
 */
export type ReportAt<C extends string = string, At = number> = (
  code: C,
  severity: Severity,
  message: string,
  at: At,
) => void;

/** Line and column of an offset, in the file a locator was made for. */
export type Locate = (offset: number) => Position;

/** Line and column of an offset in one of several files (nginx includes). */
export type LocateInFile = (file: string, offset: number) => Position;

/** A located diagnostic: line and column from the file's line index, and its span kept. */
export function locateDiagnostic(d: SpanDiagnostic, index: LineIndex): Diagnostic {
  const from = index.position(d.start);
  const to = index.position(Math.max(d.start, d.end));
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    file: d.file,
    span: { file: d.file, start: d.start, end: Math.max(d.start, d.end) },
  };
}

/**
 * Reading order for the diagnostics of a file and the files it pulls in (includes, imports):
 * the main file first, then the others by name, each by position. Sorts in place.
 */
export function sortInReadingOrder<D extends { file: string; start: number }>(
  all: D[],
  mainFile: string,
): D[] {
  return all.sort((a, b) =>
    a.file === b.file
      ? a.start - b.start
      : a.file === mainFile
        ? -1
        : b.file === mainFile
          ? 1
          : a.file < b.file
            ? -1
            : 1,
  );
}
