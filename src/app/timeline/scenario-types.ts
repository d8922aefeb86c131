/** The data a hop scene is drawn from: pure values in ms since the server's last write. */

export type ScenarioKind = 'served' | 'reset' | 'after-fin' | 'fixed';
export type Lane = 'client' | 'server';
export type Outcome = 'served' | 'reset' | 'new-after-fin' | 'new-after-drop';

/** The numbers of one hop the race model needs (design/race-model.md, Terms). */
export interface HopPhysics {
  /** S; null = the server never closes an idle connection. */
  serverIdleMs: number | null;
  /** C (after hints); null = no idle limit. */
  clientIdleMs: number | null;
  /** d = RTT / 2. */
  oneWayMs: number;
  /** δ: from the FIN reaching the client host to its pool noticing it. */
  reactionDelayMs: number;
  finDetection: boolean;
  /** Idle gaps g that meet a closed socket, from the core (includes γs); null: no window. */
  raceWindow: { startMs: number; endMs: number | null } | null;
  /** Whether the client reuses connections at all. */
  reuse: boolean;
}

export type EventId =
  | 'last-write'
  | 'client-read'
  | 'fin-sent'
  | 'fin-arrives'
  | 'client-notices'
  | 'request-leaves'
  | 'crossing'
  | 'request-arrives'
  | 'rst-arrives'
  | 'error'
  | 'response-arrives'
  | 'client-drops'
  | 'server-gets-fin'
  | 'new-connection'
  | 'syn-arrives';

export interface SceneEvent {
  id: EventId;
  atMs: number;
  /** Where the marker sits; `wire` = between the lifelines (the crossing). */
  lane: Lane | 'wire';
  /** A short marker label (`FIN sent`, `502`). */
  label: string;
  /** One or two sentences in plain words for the step caption and the text alternative. */
  caption: string;
  /** The outcome's climax (the error, the served reply): drawn stronger. */
  key?: boolean;
}

export type PacketTone = 'data' | 'fin' | 'request' | 'rst' | 'syn';

/** A segment travelling between the lifelines, slanted by the one-way delay. */
export interface Packet {
  id: 'response' | 'fin' | 'request' | 'rst' | 'reply' | 'client-fin' | 'syn';
  label: string;
  from: Lane;
  to: Lane;
  startMs: number;
  endMs: number;
  tone: PacketTone;
}

/** An idle timer: runs from `startMs` for `valueMs` (null = no limit). */
export interface TimerSpan {
  lane: Lane;
  startMs: number;
  /** startMs + value; null when the side has no limit. */
  endMs: number | null;
  valueMs: number | null;
  /** `S = 5 s` / `C = 60 s` / `C = ∞`. */
  label: string;
  /** Where the value came from, short (`node-http-server default`). */
  origin: string;
  /** The timer stopped early (restarted by a reuse, or the connection closed): from here it is moot. */
  cutMs?: number;
  cutLabel?: string;
}

export interface Scenario {
  kind: ScenarioKind;
  title: string;
  outcome: Outcome;
  /** g: the client's idle gap before it reuses the connection. */
  gapMs: number;
  physics: HopPhysics;
  clientName: string;
  serverName: string;
  /** Sorted by time. */
  events: SceneEvent[];
  packets: Packet[];
  timers: TimerSpan[];
  /** Request departure times (d + g) that meet a closed socket; null end = never closes. */
  window: { startMs: number; endMs: number | null; widthMs: number | null } | null;
  /** When each side's end of the connection closes (null: it stays open in this scene). */
  closesMs: Record<Lane, number | null>;
  /** Time of the last event: playback ends here. */
  endMs: number;
}
