import { PARSERS } from './registry';
import type { ParserDef } from './types';

/** Below this confidence no parser is trusted with a file. */
export const MIN_CONFIDENCE = 0.3;

export interface Detection {
  /** The most confident parser, when it is confident enough. */
  parser?: ParserDef;
  /** Every parser's confidence, highest first. */
  scores: { id: string; name: string; score: number }[];
}

/**
 * Detection reads the head of a file: every format shows itself in its first 64 KiB, and scanning a
 * multi-megabyte config with a dozen detectors would cost more than parsing it.
 */
const DETECT_WINDOW = 65_536;

/** Picks the parser for a config file by content (the name is a hint). Never throws. */
export function detectFormat(text: string, fileName: string): Detection {
  const head = text.length > DETECT_WINDOW ? text.slice(0, DETECT_WINDOW) : text;
  const scores = PARSERS.map((p) => {
    let score = 0;
    try {
      score = p.detect(head, fileName);
    } catch {
      score = 0; // a detector must not throw; if one does, it simply does not claim the file
    }
    return { parser: p, id: p.id, name: p.name, score: Number.isFinite(score) ? score : 0 };
  }).sort((a, b) => b.score - a.score);
  const best = scores[0];
  return {
    ...(best && best.score >= MIN_CONFIDENCE ? { parser: best.parser } : {}),
    scores: scores.map(({ id, name, score }) => ({ id, name, score })),
  };
}

/** `"nginx (0.2), spring (0.1)"`: the formats a file resembles, for an unknown-format message. */
export function describeResemblance(d: Detection): string {
  const close = d.scores.filter((s) => s.score > 0).slice(0, 3);
  if (close.length === 0)
    return `it resembles none of the known formats (${PARSERS.map((p) => p.id).join(', ') || 'none registered'})`;
  return `closest: ${close.map((s) => `${s.id} (${s.score.toFixed(2)})`).join(', ')}`;
}
