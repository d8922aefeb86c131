import type { ResolvedServerSide } from '../catalog/types';
import type { KeepAliveHint } from './keep-alive-header';

/**
 * How the probed connection ended:
 * - `server-fin`: the server closed the idle connection gracefully (FIN; the client reads EOF);
 * - `server-rst`: it was reset (RST; the client's next read fails with ECONNRESET);
 * - `after-response`: the last response carried `Connection: close` (or had no length) and the
 *   server closed right after it — keep-alive is off or the request cap was reached;
 * - `none`: nothing closed it within `--max-wait`.
 */
export type ClosedBy = 'server-fin' | 'server-rst' | 'after-response' | 'none';

/** What one probe run measured on a live server. Times in milliseconds. */
export interface ProbeMeasurement {
  url: string;
  /**
   * From reading the last byte of the last response to seeing the close (FIN or RST): the idle
   * timeout of the nearest hop that terminates HTTP. `null` only when `closedBy` is `none`.
   */
  idleMs: number | null;
  /** ± bound on `idleMs`: the longest the probe's own event loop was late while measuring. */
  resolutionMs: number;
  closedBy: ClosedBy;
  /** The `Keep-Alive` header of the last response; null when the server sent none. */
  hint: KeepAliveHint | null;
  /** Responses read on the first connection (the one that looked for a request cap). */
  requestsServed: number;
  /** Requests the probe was asked to send on that connection (`--requests`, default 1). */
  requestsTried: number;
  /** The response number that carried `Connection: close`; null when none of them did. */
  requestCap: number | null;
  /** False when the server closes after every response (the first response said close). */
  keepAlive: boolean;
  /** Status code of the last response read. */
  status: number;
  /** `--max-wait` in force. */
  maxWaitMs: number;
  /** Facts worth saying: the hint's agreement, a second connection, header problems. */
  notes: string[];
}

/** One thing compared between the measurement and the chain's model of the node. */
export interface ExpectCheck {
  subject: 'idle' | 'hint' | 'request-cap' | 'keep-alive';
  /** true agrees, false contradicts, null cannot tell from this measurement. */
  agrees: boolean | null;
  expected: string;
  measured: string;
  /** Plain words: what the difference probably means. */
  explanation: string;
}

/** The measurement against the model of the node the URL reaches (`--expect`). */
export interface ExpectComparison {
  node: string;
  tech: string;
  /** The model's S (ms), null = no limit, or `unknown` when written but not resolvable. */
  idleMs: number | null | 'unknown';
  /** No check contradicts the model. */
  agrees: boolean;
  checks: ExpectCheck[];
}

/** The node the URL reaches, as the chain models it. */
export interface ModelledServer {
  node: string;
  tech: string;
  /** The technology's display name (`nginx`, `HAProxy`). */
  name: string;
  server: ResolvedServerSide;
}
