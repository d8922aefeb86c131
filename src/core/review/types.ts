import type { RetryBehaviour } from '../catalog/types';
import type { LiveValueHow, RetrySnippet } from '../catalog/ops/types';

/** ✓ / ✗ / not known. */
export type CheckStatus = 'pass' | 'fail' | 'unknown';

export interface ChecklistItem {
  /** The article's checklist line. */
  item: string;
  status: CheckStatus;
  /** The facts from this chain behind the status. */
  facts: string[];
}

export interface ChecklistGroup {
  title: 'Timeout alignment' | 'Configuration' | 'Testing' | 'Monitoring';
  items: ChecklistItem[];
}

export interface RetryAdvice {
  /** Node index from the client end. */
  nodeIndex: number;
  node: string;
  tech: string;
  label: string;
  /** Hops (index) where this node is the client. */
  hops: number[];
  retry: RetryBehaviour;
  /** The client already retries an idempotent request after a reset. */
  retriesIdempotent: boolean;
  snippets: readonly RetrySnippet[];
  warning: string;
}

export interface LiveValueEntry {
  nodeIndex: number;
  node: string;
  tech: string;
  label: string;
  /** The settings that hold this node's idle timeouts in the chain. */
  settings: string[];
  how: readonly LiveValueHow[];
}

/** Requests per day that meet a closed connection, and those callers see after retries. */
export interface ResetsPerDay {
  resets: number;
  visible: number;
}

export interface HopResetEstimate {
  hop: number;
  /** Now and after the fix plan; null when a side is unknown. */
  now: ResetsPerDay | null;
  after: ResetsPerDay | null;
  /** Why there is no race or no number. */
  note?: string;
}
