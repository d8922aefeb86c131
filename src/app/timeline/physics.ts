import type { HopPhysics, Outcome } from './scenario-types';

/**
 * What happens to one reuse after an idle gap `gapMs` (design/race-model.md, "One reuse, step by
 * step"). The server closes exactly at S (γs is not drawn); times in ms since its last write.
 * - the client's connection ends first (its own timer at d + C, or — FIN-detecting — the FIN
 *   noticed at S + d + δ): a new connection, no error;
 * - the request reaches the server before S (2d + g < S): served;
 * - otherwise it meets a closed socket: reset.
 */
export function classifyReuse(p: HopPhysics, gapMs: number): Outcome {
  const d = p.oneWayMs;
  const S = p.serverIdleMs;
  const C = p.clientIdleMs;
  const leaves = d + gapMs;
  const dropAt = C === null ? Infinity : d + C;
  const noticeAt = S !== null && p.finDetection ? S + d + p.reactionDelayMs : Infinity;
  if (leaves >= dropAt && dropAt <= noticeAt) return 'new-after-drop';
  if (leaves > noticeAt) return 'new-after-fin';
  if (S === null || leaves + d < S) return 'served';
  return 'reset';
}

/** Time the FIN and a request sent at d + g meet on the wire, or null when they do not. */
export function crossingAtMs(p: HopPhysics, gapMs: number): number | null {
  const S = p.serverIdleMs;
  const d = p.oneWayMs;
  if (S === null || d <= 0) return null;
  if (!(gapMs > S - 2 * d && gapMs < S)) return null;
  return (S + gapMs + 2 * d) / 2;
}

/**
 * The idle gap g that shows a scenario, or null when the hop cannot show it:
 * - `served`: half-way to the last safe reuse, min(S − RTT, C) / 2;
 * - `reset`: inside the race window, preferring S − d/2 (the request leaves while the FIN is half
 *   way: they cross);
 * - `after-fin`: just past the window's end (or S + δ), before C;
 * - `fixed`: the client dropped first: half-way between C and S (C + 1 s when S has no limit).
 */
export function chooseGapMs(p: HopPhysics, kind: 'served' | 'reset' | 'after-fin' | 'fixed') {
  if (!p.reuse) return null;
  const S = p.serverIdleMs;
  const C = p.clientIdleMs;
  const d = p.oneWayMs;
  const rtt = 2 * d;
  let g: number | null = null;
  let expect: Outcome[] = [];
  switch (kind) {
    case 'served': {
      const upper = Math.min(S === null ? Infinity : S - rtt, C ?? Infinity);
      g = Number.isFinite(upper) ? upper / 2 : 1000;
      expect = ['served'];
      break;
    }
    case 'reset': {
      const w = p.raceWindow;
      if (!w || S === null) return null;
      const end = w.endMs ?? w.startMs + Math.max(2 * rtt, p.reactionDelayMs);
      const crossing = S - d / 2;
      g = crossing >= w.startMs && crossing < end ? crossing : (w.startMs + end) / 2;
      expect = ['reset'];
      break;
    }
    case 'after-fin': {
      if (S === null) return null;
      const end = p.raceWindow?.endMs ?? S + p.reactionDelayMs;
      g = Math.max(end, S + p.reactionDelayMs) + Math.max(rtt, 2);
      expect = ['new-after-fin', 'reset'];
      break;
    }
    case 'fixed': {
      // Safe only when the client always drops first: C + RTT < S.
      if (C === null || (S !== null && C + rtt >= S)) return null;
      g = S === null ? C + 1000 : C + (S - C) / 2;
      expect = ['new-after-drop'];
      break;
    }
  }
  g = Math.max(0, g);
  return expect.includes(classifyReuse(p, g)) ? g : null;
}
