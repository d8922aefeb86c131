/**
 * Operations facts per technology for the design-review pack: which metric shows the keep-alive
 * race, how to add retries, where to read the live value. Keyed by catalog technology id.
 */

/** A Prometheus series selector: metric name and optional label matchers (`status="502"`). */
export interface SeriesRef {
  metric: string;
  matchers?: string;
}

/** A ratio that rises when the race hits: errors over all requests, alerted above 0.1 %. */
export interface ResetSignal {
  /** Suffix of the alert name (`ResetWithActiveRequest`). */
  name: string;
  /** What the ratio counts, after "more than 0.1 %": `of requests got a 502`. */
  what: string;
  /** Summed: the counters that go up when the race hits. */
  errors: readonly SeriesRef[];
  total: SeriesRef;
  /**
   * `counter`: Prometheus counters, compared through `rate()`. `period-sum`: the CloudWatch
   * exporter's per-period sums (gauges), compared as they are.
   */
  kind: 'counter' | 'period-sum';
  /** What must be running to have the series (an exporter, a flag). */
  requires: string;
  /** Doc page that names the metric. */
  source: string;
  /** The name was not confirmed in the technology's docs: shown as an assumption. */
  assumption?: string;
}

/** A snippet that adds or tunes retries of idempotent requests after a reset. */
export interface RetrySnippet {
  /** Language for the code fence (`go`, `java`, `python`, `js`, `kotlin`). */
  language: string;
  title: string;
  code: string;
  source: string;
}

/** A command that shows the value the running system uses. */
export interface LiveValueHow {
  command: string;
  /** What to look for in its output. */
  note: string;
  source?: string;
}
