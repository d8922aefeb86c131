import type { ResolvedServerSide } from '../catalog/types';
import { describeDuration, ms } from '../model/duration';
import { formatUnknown } from '../model/value';
import { findLookAlikes } from './look-alikes';
import { isWithin, SERVER_SLACK_MS } from './tolerance';
import type { ExpectCheck, ModelledServer, ProbeMeasurement } from './types';

const d = (v: number): string => describeDuration(ms(v));

/** "the nearest hop is probably AWS ALB (default 60 s) or Tomcat (60 s)", or a generic phrase. */
function nameSuspects(idleMs: number, resolutionMs: number, self: string): string {
  const near = findLookAlikes(idleMs, resolutionMs + SERVER_SLACK_MS)
    .filter((l) => l.tech !== self)
    .slice(0, 3)
    .map((l) => `${l.name} (default ${d(l.idleMs)})`);
  return near.length > 0
    ? `the nearest hop that terminates HTTP is probably ${near.join(' or ')}`
    : 'the nearest hop that terminates HTTP is probably another proxy or load balancer';
}

/**
 * The idle check of `--expect`: the measured close against the model's S. A close much earlier
 * than S points at a hop in front (named when a catalog default matches) or another config; a
 * later one at another config; an unknown S is filled in by the measurement.
 */
export function explainIdle(m: ProbeMeasurement, model: ModelledServer): ExpectCheck {
  const { server: s, name } = model;
  const expected = describeModelIdle(s);
  const S = s.idle.value;
  if (m.idleMs === null) {
    const base = {
      subject: 'idle' as const,
      expected,
      measured: `no close within ${d(m.maxWaitMs)}`,
    };
    if (s.unknown || S === null || S > m.maxWaitMs)
      return {
        ...base,
        agrees: S === null && !s.unknown ? true : null,
        explanation:
          S === null && !s.unknown
            ? `The config sets no idle limit and nothing closed within ${d(m.maxWaitMs)}.`
            : `Inconclusive: give a --max-wait longer than the config's ${expected}.`,
      };
    return {
      ...base,
      agrees: false,
      explanation: `The config says ${name} closes idle connections after ${expected}, but nothing closed within ${d(m.maxWaitMs)}: the nearest hop that terminates HTTP keeps connections longer (a proxy or load balancer in front), or another config is in force.`,
    };
  }
  const measured = `${d(m.idleMs)} ± ${m.resolutionMs} ms (${m.closedBy === 'server-rst' ? 'RST' : 'FIN'})`;
  const base = { subject: 'idle' as const, expected, measured };
  const suspects = nameSuspects(m.idleMs, m.resolutionMs, model.tech);
  if (s.unknown)
    return {
      ...base,
      agrees: null,
      explanation: `The config writes ${name}'s idle timeout as ${expected}, which the files do not resolve; the server closed after ${d(m.idleMs)} — probably its value (or ${suspects}).`,
    };
  if (S !== null && isWithin(m.idleMs, S, m.resolutionMs, s.granularityMs))
    return { ...base, agrees: true, explanation: 'The idle timeout is as the config says.' };
  if (S === null || m.idleMs < S)
    return {
      ...base,
      agrees: false,
      explanation: `The config says ${S === null ? `${name} sets no idle limit` : expected}; the connection closed after ${d(m.idleMs)} — ${suspects}, or another config is in force.`,
    };
  return {
    ...base,
    agrees: false,
    explanation: `The config says ${expected}; the connection stayed open ${d(m.idleMs)} — another config is in force (a later value, another server block, a command-line flag), or the nearest hop is another server that keeps connections longer.`,
  };
}

/** The model's S as people read it: `65 s`, `no limit`, `unknown (var.idle)`. */
export function describeModelIdle(s: ResolvedServerSide): string {
  if (s.unknown) return formatUnknown(s.unknown.value);
  return s.idle.value === null ? 'no limit' : d(s.idle.value);
}
