/**
 * Log-line knowledge as data: what a line from a technology's log means for the keep-alive race.
 * Each pattern is one fact with its source (docs or source code); `src/core/decode` applies them.
 */

/** Where a line comes from: a log format or a client library's error text. */
export type LogSource =
  | 'nginx-error-log'
  | 'aws-alb-access-log'
  | 'gcp-lb-log'
  | 'cloudflare'
  | 'envoy-access-log'
  | 'haproxy-log'
  | 'go'
  | 'node'
  | 'java'
  | 'python'
  | 'dotnet';

/** What happened on the connection, from the point of view of the technology that logged it. */
export type LogMeaning =
  /** The far side closed the connection (FIN) before any response: the race's usual trace. */
  | 'upstream-closed'
  /** The far side closed it part-way through a response: a crash or a limit, not the idle race. */
  | 'upstream-closed-mid-response'
  /** The far side reset the connection (RST) under a request. */
  | 'upstream-reset'
  /** A write hit a connection the far side had already closed (EPIPE / broken pipe). */
  | 'write-after-close'
  /** The far side did not answer in time. */
  | 'upstream-timeout'
  /** No connection could be opened (refused, unreachable, no healthy target). */
  | 'connect-failed'
  /** The far side answered with an error status of its own. */
  | 'upstream-error-status'
  /** The near side (the logger's own client) went away. */
  | 'downstream-closed'
  /** A normal request: traffic, counted for the quiet-period analysis, not listed. */
  | 'ok';

/**
 * Whether a line is the keep-alive race's signature: `true` the race produces exactly this
 * (other causes remain possible, e.g. a crash), `'maybe'` the race is one of several common
 * causes, `false` it is something else (a timeout, a refused connect).
 */
export type RaceSignal = true | false | 'maybe';

/** How a line is recognised. All matching is substring search or field comparison: linear. */
export type LineMatch =
  /** Every `all` substring occurs, at least one `any` (when given), none of `none`. Case-sensitive. */
  | { kind: 'text'; all?: readonly string[]; any?: readonly string[]; none?: readonly string[] }
  /** Fields of a structured line (see decode/fields.ts): each is equal to / contains the value. */
  | {
      kind: 'fields';
      format: StructuredFormat;
      equals?: Readonly<Record<string, string>>;
      hasFlag?: string;
      notEquals?: Readonly<Record<string, string>>;
    };

/** Structured lines read field by field. */
export type StructuredFormat = 'aws-alb' | 'envoy' | 'haproxy';

export interface LogPattern {
  /** Stable id, `<source>/<what>`. */
  id: string;
  source: LogSource;
  /** Technology ids that write this line; the hop is found through them. */
  reporters: readonly string[];
  /**
   * `upstream`: the reporter was the client of the hop at fault (its server closed), so the line
   * points to the hop whose client is a reporter. `downstream`: the reporter was that hop's server.
   */
  facing: 'upstream' | 'downstream';
  match: LineMatch;
  meaning: LogMeaning;
  race: RaceSignal;
  /** One sentence for people: what the technology did and why. */
  explanation: string;
  /** Doc link or source file that says what the line means. */
  doc: string;
  /** False when the reference could not be checked here: shown as an assumption. */
  verified: boolean;
}
