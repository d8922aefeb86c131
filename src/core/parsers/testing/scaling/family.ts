import type { SourceFile } from '../../types';

/**
 * One input family of the scaling bench: `make(n)` builds an input that grows linearly with `n`;
 * the bench times `parser` on it at n, 2n, 4n and 8n and fails when time grows faster than n^1.3.
 */
export interface ScalingFamily {
  name: string;
  /** Parser id (src/core/parsers/registry.ts). */
  parser: string;
  make(n: number): SourceFile[];
  /**
   * What is timed: `parse` (default) parses the first file with every file as context (an nginx
   * include chain); `parse-each` parses every file with every file as context, as the import
   * does; `detect` runs the parser's `detect` on each text.
   */
  stage?: 'parse' | 'parse-each' | 'detect';
}

/** One file named `name` holding `text`. */
export const oneFile = (name: string, text: string): SourceFile[] => [{ name, text }];

/** `unit` repeated `n` times, wrapped in `head` and `tail`. */
export const repeated = (n: number, unit: string, head = '', tail = ''): string =>
  head + unit.repeat(n) + tail;

/** `unit` repeated `n` times with every `%` replaced by the copy's number (unique names). */
export const numbered = (n: number, unit: string): string =>
  Array.from({ length: n }, (_, i) => unit.replaceAll('%', String(i))).join('');
