/** A problem found in user input. Line and column are 1-based; offsets are 0-based. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Closed SCREAMING_SNAKE set per format, e.g. `NGINX_UNTERMINATED_DIRECTIVE`. */
  code: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  file?: string;
}

/** Converts offsets into 1-based line/column pairs, with a precomputed line index. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** 1-based line and column of a 0-based offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}
