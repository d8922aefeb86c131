import type { ResolvedNode } from '../catalog/types';
import type { UnknownInput } from '../catalog/unknown-inputs';
import type { SettingScalar } from '../model/chain';
import type { Ms } from '../model/duration';
import type { Origin } from '../model/origin';

export type Verdict = 'ok' | 'warn' | 'risk' | 'unknown';
export type FindingSeverity = 'error' | 'warning' | 'info';

/** One change the fix plan proposes, ready to paste. */
export interface FixChange {
  /** Index of the node from the client end. */
  nodeIndex: number;
  /** The node's client part holds the setting (a process's other component). */
  part?: 'client';
  /** Node id in the chain. */
  node: string;
  /** The technology whose setting changes (the client part's, for `part: client`). */
  tech: string;
  /** Catalog setting key, e.g. `server.keepAliveTimeout`. */
  setting: string;
  /** The current effective value (ms/count/null) and where it came from. */
  from: SettingScalar;
  /** The proposed value (ms for durations). */
  value: SettingScalar;
  /** The value in the technology's own syntax (`65s`, `65000`, `55 * time.Second`). */
  valueText: string;
  /** The line(s) to paste, in the technology's syntax. */
  snippet: string;
  /** Why, in plain words. */
  reason: string;
  /** Hops (by index) this change helps make safe. */
  hops: number[];
}

export interface Finding {
  /** Rule id (file name in analysis/rules). */
  rule: string;
  severity: FindingSeverity;
  /** Plain words with the numbers, as a senior engineer would say it. */
  message: string;
  /** Changes that resolve this finding (from the chain's fix plan). */
  fixes: FixChange[];
  /** An idle-timeout change can resolve it (the fix plan's changes are listed only then). */
  fixable: boolean;
  /** Doc links or incident references behind the reasoning. */
  sources?: string[];
}

/** One side of a hop as reported: the effective idle timeout and its origin. */
export interface HopSide {
  nodeIndex: number;
  node: string;
  tech: string;
  label: string;
  /** Effective idle timeout in ms; null = no limit. Not meaningful when `unknown` is set. */
  idleMs: number | null;
  origin: Origin;
  setting: string;
  /** How the value is made up when it is more than the setting (EffectiveValue.makeup). */
  makeup?: string;
  /** The idle timeout depends on a setting written but not resolvable from the given files. */
  unknown?: UnknownInput;
}

/** An L4 middlebox between the two ends of a hop. */
export interface Middlebox {
  nodeIndex: number;
  node: string;
  tech: string;
  idleMs: number | null;
  onExpiry: 'rst' | 'drop';
  unknown?: UnknownInput;
}

export interface HopReport {
  /** Index of the hop from the client end. */
  index: number;
  client: HopSide;
  server: HopSide;
  /** Round trip between the two ends (sum of the links between them). */
  rttMs: Ms;
  /** S − C in ms (null when either is unlimited or unknown). */
  marginMs: number | null;
  /** RTT + γs + γc + safety allowance. */
  requiredMarginMs: Ms;
  /** False when the client never reuses a connection (no race, but churn). */
  reuse: boolean;
  /** FIN-detecting client: reuse gaps g in [startMs, endMs] meet a closed socket (null: no window). */
  raceWindow: { startMs: number; endMs: number | null } | null;
  middleboxes: Middlebox[];
  verdict: Verdict;
  findings: Finding[];
}

export interface FixPlan {
  changes: FixChange[];
  /** Verdict per hop once the plan is applied. */
  verdictsAfter: Verdict[];
  /** Hops the plan could not make safe (locked values, conflicts), with the reason. */
  unresolved: { hop: number; reason: string }[];
}

export interface ChainReport {
  nodes: (ResolvedNode | undefined)[];
  hops: HopReport[];
  fixPlan: FixPlan;
  /** Worst verdict over all hops (`ok` for a chain without hops). */
  verdict: Verdict;
}

const ORDER: Record<Verdict, number> = { ok: 0, unknown: 1, warn: 2, risk: 3 };
export const verdictRank = (v: Verdict): number => ORDER[v];
export const worstVerdict = (vs: readonly Verdict[]): Verdict =>
  vs.reduce<Verdict>((a, b) => (ORDER[b] > ORDER[a] ? b : a), 'ok');
