import type { Ms } from './duration';
import type { Origin } from './origin';
import type { UnknownValue } from './value';

/**
 * A value a user's config or edit gives a catalog setting.
 * Durations in ms; counts as numbers; `null` = no limit; enums as strings; flags as booleans;
 * an {@link UnknownValue} when the setting is written but its value cannot be resolved.
 */
export type SettingScalar = KnownScalar | UnknownValue;

/** A value that is known: what the fix plan proposes and snippets are written from. */
export type KnownScalar = number | string | boolean | null;

export interface SettingInput {
  value: SettingScalar;
  /** `explicit` (config file line) or `edit` (typed by the user) — never `default`. */
  origin: Origin;
}

/**
 * Another technology inside the same process that forms the node's client side: a Go app's
 * `http.Transport` beside its `http.Server`, a Spring app's WebClient pool beside Tomcat.
 */
export interface NodePart {
  tech: string;
  version?: string;
  settings: Record<string, SettingInput>;
  locked?: string[];
}

/** Which part of a node holds a setting: the node's own technology, or its client part. */
export type PartName = 'main' | 'client';

/** One component in the chain: one technology from the catalog (one process). */
export interface ChainNode {
  /** Stable within the chain (`n1`, `alb`); used in JSON, URLs and fixes. */
  id: string;
  /** Catalog id, e.g. `nginx`, `go-transport`. */
  tech: string;
  /** Picks the defaults that changed between versions; the catalog's default version otherwise. */
  version?: string;
  label?: string;
  /** Values set by config or the user, keyed by the catalog setting key. Unset keys use defaults. */
  settings: Record<string, SettingInput>;
  /** Setting keys the fix plan must not change (a managed service, another team's server). */
  locked?: string[];
  /** The process's client side, when it is another technology than `tech` (see NodePart). */
  client?: NodePart;
  /** The language its config was read from (ExtractedNode.syntax): fix snippets use it. */
  syntax?: string;
}

/** The network between node i and node i+1. */
export interface Link {
  /** Round-trip time. */
  rttMs: Ms;
}

/** The request rate and mix entering the chain at the client end. */
export interface Traffic {
  /** Requests per second at the client. */
  rps: number;
  /** Share (0..1) of requests that are not idempotent (POST, PATCH) and so are not retried. */
  nonIdempotentShare: number;
}

export interface AnalysisOptions {
  /** Safety allowance added to RTT and timer granularity in the required margin; default 1 s. */
  safetyMarginMs: Ms;
  /** Client reaction delay δ (FIN reaching the host → pool noticing it); default 10 ms. */
  reactionDelayMs: Ms;
}

/** The whole chain, ordered from the client end. `links.length === nodes.length - 1`. */
export interface Chain {
  nodes: ChainNode[];
  links: Link[];
  traffic?: Traffic;
  options?: Partial<AnalysisOptions>;
}
