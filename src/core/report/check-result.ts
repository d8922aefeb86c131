import { isUnknownValue } from '../model/value';
import type { ChainReport, HopSide, Verdict } from '../analysis/types';
import { findTech } from '../catalog/registry';
import type { Chain, SettingScalar } from '../model/chain';
import type { Diagnostic } from '../source/diagnostic';
import { describeDuration, ms } from '../model/duration';
import type { Origin } from '../model/origin';

/** Everything `check` prints, in any format. */
export interface CheckResult {
  chain: Chain;
  report: ChainReport;
  notes: string[];
  diagnostics: Diagnostic[];
  failOn: Verdict;
}

/**
 * The file position behind a value: its own (explicit) origin or the one a fallback came from,
 * the origin object itself (read it, do not spread it: `extract` asks for thousands).
 */
export function findExplicitLocation(
  origin: Origin,
): Extract<Origin, { kind: 'explicit' }> | undefined {
  let at = origin;
  while (at.kind === 'fallback') at = at.via;
  return at.kind === 'explicit' ? at : undefined;
}

/** A hop side's label, with the node id when it says more than the technology id. */
export function describeSideName(side: HopSide): string {
  return side.node === side.tech || side.label === side.node
    ? side.label
    : `${side.label} [${side.node}]`;
}

/** An idle value for people: `65 s`, `∞`, `unknown`. */
export const describeIdle = (idleMs: number | null): string =>
  describeDuration(idleMs === null ? null : ms(idleMs));

/**
 * A hop side's idle value for people: `65 s`, `∞` (no limit), `6 s (keepAliveTimeout 5 s + Node's
 * 1 s buffer)` when the value is made up of more than its setting, `unknown (cfg.IdleTimeout)` for a
 * value written but unresolved, or `unknown` for a side with no setting behind it (an unknown
 * technology, a node without that side).
 */
export function describeSideIdle(side: HopSide): string {
  if (side.unknown) return `unknown (${side.unknown.value.unknown})`;
  if (side.setting === '') return 'unknown';
  const value = describeIdle(side.idleMs);
  return side.makeup ? `${value} (${side.makeup})` : value;
}

/** Where a hop side's value comes from: the unresolved setting's line when it is unknown. */
export const sideOrigin = (side: HopSide): Origin => side.unknown?.origin ?? side.origin;

/** A signed margin: `+10 s`, `−55 s`, `n/a`. */
export function describeMargin(marginMs: number | null): string {
  if (marginMs === null) return 'n/a';
  const text = describeIdle(Math.abs(marginMs));
  return marginMs < 0 ? `−${text}` : `+${text}`;
}

/** A fix's value in the JSON contract (a string): ms or count as digits, `none` for no limit. */
export const describeFixValue = (v: SettingScalar): string =>
  v === null ? 'none' : isUnknownValue(v) ? 'unknown' : String(v);

/** A setting value for people, by the catalog's kind: `65 s` for durations, `1000` for counts. */
export function describeSettingValue(tech: string, setting: string, v: SettingScalar): string {
  const def = findTech(tech)?.settings.find((s) => s.key === setting);
  if (isUnknownValue(v)) return `unknown (${v.unknown})`;
  if (def?.kind === 'duration' && (v === null || typeof v === 'number')) return describeIdle(v);
  return v === null ? 'none' : String(v);
}
