/** One physical line of a text: its offsets, `end` exclusive and before the line break. */
export interface Line {
  start: number;
  end: number;
}

/**
 * The physical lines of a text; `\n`, `\r\n` and a lone `\r` each end one. A text ending in a
 * line break ends with an empty line. One pass: linear.
 */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === text.length || c === '\n' || c === '\r') {
      out.push({ start, end: i });
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  return out;
}
