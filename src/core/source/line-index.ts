/** Lines and columns of a text, computed on demand from one index of its line starts. */

/** 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

export interface LineIndexOptions {
  /**
   * Also end lines at U+2028 and U+2029, as JavaScript does (ECMAScript LineTerminator): for JS
   * and JSON read as JS. Off by default: YAML 1.2, nginx, HCL, XML, Go, Java, Python and the app's
   * editor (CodeMirror) break lines only at `\r\n`, `\r` and `\n`.
   */
  unicodeSeparators?: boolean;
}

/**
 * Converts offsets into 1-based line/column pairs, with a precomputed line index. A line ends at
 * `\r\n`, a lone `\r` (classic Mac) or `\n`, and with `unicodeSeparators` at U+2028/U+2029.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(
    private readonly text: string,
    options: LineIndexOptions = {},
  ) {
    const unicode = options.unicodeSeparators === true;
    if (!unicode && !text.includes('\r')) {
      // The common case, at native speed: every line ends at `\n`.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        this.starts.push(i + 1);
      return;
    }
    const ends = unicode ? /\r\n?|[\n\u2028\u2029]/g : /\r\n?|\n/g;
    for (let m = ends.exec(text); m; m = ends.exec(text)) this.starts.push(m.index + m[0].length);
  }
  /** Number of lines (a text without line ends has one). */
  get lineCount(): number {
    return this.starts.length;
  }
  /** 0-based offset where a 1-based line starts (clamped to the first and last line). */
  lineStart(line: number): number {
    const i = Math.min(Math.max(line, 1), this.starts.length) - 1;
    return this.starts[i] ?? 0;
  }
  /** 1-based line and column of a 0-based offset. */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    // The `\n` of a `\r\n` belongs to the line end that starts at the `\r`.
    const inPair = this.text.charCodeAt(offset) === 10 && this.text.charCodeAt(offset - 1) === 13;
    return { line: lo + 1, column: offset - (inPair ? 1 : 0) - (this.starts[lo] ?? 0) + 1 };
  }
}

/** Every line end a format may use, for splitting text into lines the way LineIndex counts them. */
export const LINE_END = /\r\n?|\n/;
