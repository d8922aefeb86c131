import { describePointer, pointHop, type DecodeHop } from './hops';
import { matchLine } from './match';
import { summarise, type TimedLine } from './summary';
import { readTimestamp } from './timestamp';
import type { DecodedLine, DecodeReport, LogInput } from './types';

const ref = (h: DecodeHop) => ({
  index: h.index,
  client: { node: h.client.node, tech: h.client.tech },
  server: { node: h.server.node, tech: h.server.tech },
});

/**
 * Reads log lines and error messages and says, per recognised failure line, its source, what
 * happened, whether it is the keep-alive race's signature and which hop of `hops` it points to;
 * then a summary (per hop, per meaning, rate per hour, quiet periods). Pure; never throws on
 * input; time linear in the total input for the fixed pattern catalog.
 */
export function decodeLogs(
  inputs: readonly LogInput[],
  hops: readonly DecodeHop[] = [],
): DecodeReport {
  const lines: DecodedLine[] = [];
  const timed: TimedLine[] = [];
  let linesRead = 0;
  let traffic = 0;
  for (const input of inputs) {
    const rows = input.text.split('\n');
    let previousMs: number | null = null;
    rows.forEach((row, i) => {
      const text = row.trimEnd();
      if (text.trim() === '') return;
      linesRead++;
      const timeMs = readTimestamp(text);
      const gapMs =
        timeMs !== null && previousMs !== null && timeMs >= previousMs ? timeMs - previousMs : null;
      if (timeMs !== null) previousMs = timeMs;
      const p = matchLine(text);
      if (p?.meaning === 'ok') traffic++;
      if (timeMs !== null)
        timed.push({ timeMs, gapMs, failure: p && p.meaning !== 'ok' ? p.race : null });
      if (!p || p.meaning === 'ok') return;
      const hop = pointHop(p, hops);
      lines.push({
        line: text,
        file: input.name,
        lineNumber: i + 1,
        source: p.source,
        meaning: p.meaning,
        race: p.race,
        pattern: p.id,
        explanation: p.explanation,
        doc: p.doc,
        verified: p.verified,
        hop: hop ? ref(hop) : null,
        pointsTo: describePointer(p),
        timeMs,
      });
    });
  }
  return { lines, summary: summarise(lines, timed, { linesRead, traffic }, hops) };
}
