import { PARSERS } from './registry';
import type { ParserDef } from './types';

/** Below this confidence no parser is trusted with a file. */
export const MIN_CONFIDENCE = 0.3;

export interface Detection {
  /** The most confident parser, when it is confident enough (the first registered on a tie). */
  parser?: ParserDef;
}

/**
 * Detection reads the head of a file: every format shows itself in its first 64 KiB, and scanning a
 * multi-megabyte config with a dozen detectors would cost more than parsing it. The head starts at
 * the first non-blank line: a document's snippet is read as the document's text blanked before it
 * (documents/lines.ts), so a snippet far into a long document is detected on its own lines.
 */
const DETECT_WINDOW = 65_536;

/** The start of the text's first line holding something other than spaces and tabs. Linear. */
function firstContentLine(text: string): number {
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) lineStart = i + 1;
    else if (c !== 32 && c !== 9) return lineStart;
  }
  return lineStart;
}

/** Picks the parser for a config file by content (the name is a hint). Never throws. */
export function detectFormat(text: string, fileName: string): Detection {
  const from = firstContentLine(text);
  const head =
    from === 0 && text.length <= DETECT_WINDOW ? text : text.slice(from, from + DETECT_WINDOW);
  let best: { parser: ParserDef; score: number } | undefined;
  for (const p of PARSERS) {
    let score = 0;
    try {
      score = p.detect(head, fileName);
    } catch {
      score = 0; // a detector must not throw; if one does, it simply does not claim the file
    }
    if (Number.isFinite(score) && score > (best?.score ?? -1)) best = { parser: p, score };
  }
  return best && best.score >= MIN_CONFIDENCE ? { parser: best.parser } : {};
}
