/** Deeper than this, yaml's recursive composer overflows the stack (it reports it, but V8 can
 *  then fail hard on a later parse in the same process); real values files nest a few levels. */
const MAX_LEVELS = 200;

/**
 * The offset where `text` nests deeper than any real values file (indentation, `- - -` chains or
 * `[[{…` flow collections), or -1. Linear; quotes are not parsed, so it over-counts at worst.
 */
export function findExcessiveNesting(text: string, maxLevels = MAX_LEVELS): number {
  let flow = 0;
  let lineStart = 0;
  let inIndent = true;
  let dashes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = i + 1;
      inIndent = true;
      dashes = 0;
      continue;
    }
    if (inIndent) {
      if (c === 45 /* - */ && text.charCodeAt(i + 1) === 32) dashes++;
      else if (c !== 32) inIndent = false;
      if (dashes > maxLevels || i - lineStart > maxLevels * 8) return i;
    }
    if (c === 91 || c === 123) flow++;
    else if ((c === 93 || c === 125) && flow > 0) flow--;
    if (flow > maxLevels) return i;
  }
  return -1;
}
