import type { DecodedLine, DecodeReport, TimeSummary } from '../../core/decode/types';
import { describeRace, MEANING_WORDS, SOURCE_NAMES } from '../../core/decode/words';

/** `nginx (tech nginx)` reads twice: a node named after its technology is named once. */
const side = (s: { node: string; tech: string }): string =>
  s.node === s.tech ? s.node : `${s.node} (${s.tech})`;

const hopName = (h: NonNullable<DecodedLine['hop']>): string =>
  `hop ${h.index + 1}: ${side(h.client)} → ${side(h.server)}`;

const round = (x: number): string => Number(x.toPrecision(3)).toString();
const isoMinute = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
const seconds = (ms: number | null): string => (ms === null ? '–' : `${round(ms / 1000)} s`);

function formatLine(l: DecodedLine): string[] {
  const where = l.hop ? hopName(l.hop) : `${l.pointsTo} (not in the chain given)`;
  return [
    `${l.file}:${l.lineNumber}  ${SOURCE_NAMES[l.source]}: ${MEANING_WORDS[l.meaning]} — ${describeRace(l.race)}`,
    `  → ${where}`,
    `  ${l.explanation}`,
    `  source: ${l.doc}${l.verified ? '' : ' (not verified: an assumption)'}`,
    '',
  ];
}

function formatTime(t: TimeSummary): string[] {
  const rate = (x: number | null) => (x === null ? 'n/a (one instant)' : `${round(x)}/h`);
  const q = t.quiet;
  return [
    `  time: ${isoMinute(t.firstMs)} – ${isoMinute(t.lastMs)} (${round(t.spanHours)} h); failures ${rate(t.failuresPerHour)}, race or maybe ${rate(t.racePerHour)}`,
    q.measured
      ? `  quiet periods: median gap ${seconds(q.medianGapMs)}, before a race line ${seconds(q.medianGapBeforeFailureMs)} — ${q.note}`
      : `  quiet periods: ${q.note}`,
  ];
}

/** The text report of `decode`: one block per failure line, then the summary. */
export function formatDecodeText(r: DecodeReport, withChain: boolean): string {
  const s = r.summary;
  const out = r.lines.flatMap(formatLine);
  if (r.lines.length === 0) out.push('No failure line recognised.', '');
  out.push(
    `Summary: ${s.linesRead} lines read; ${s.failures} failures (${s.race.yes} the race, ${s.race.maybe} possibly, ${s.race.no} not), ${s.traffic} normal requests, ${s.unrecognised} not recognised`,
  );
  if (withChain) {
    for (const h of s.byHop)
      out.push(
        `  ${hopName(h)}: ${h.lines} (${h.race.yes} race, ${h.race.maybe} possibly, ${h.race.no} not)`,
      );
    if (s.unattributed > 0) out.push(`  no hop of the chain: ${s.unattributed}`);
  }
  const meanings = Object.entries(s.byMeaning).map(([m, n]) => `${m} ${n}`);
  if (meanings.length > 0) out.push(`  per meaning: ${meanings.join(', ')}`);
  if (s.time) out.push(...formatTime(s.time));
  return `${out.join('\n')}\n`;
}
