/** Where something is in a file: 0-based offsets, `end` exclusive. */
export interface Span {
  /** File name as the user gave it. */
  file: string;
  start: number;
  end: number;
}
