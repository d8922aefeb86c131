import { describe, expect, it } from 'vitest';
import { LINE_END, LineIndex } from './line-index';

describe('LineIndex', () => {
  it.each([
    ['LF', 'a\nbb\nc'],
    ['CR', 'a\rbb\rc'],
    ['CRLF', 'a\r\nbb\r\nc'],
    ['mixed', 'a\r\nbb\rc'],
  ])('counts %s line ends', (_, text) => {
    const lines = new LineIndex(text);
    expect(lines.lineCount).toBe(3);
    expect(lines.position(text.indexOf('bb') + 1)).toEqual({ line: 2, column: 2 });
    expect(lines.position(text.indexOf('c'))).toEqual({ line: 3, column: 1 });
    expect(text.split(LINE_END)).toEqual(['a', 'bb', 'c']);
  });

  it('puts the LF of a CRLF at the end of its line', () => {
    expect(new LineIndex('ab\r\nc').position(3)).toEqual({ line: 1, column: 3 });
  });

  it('ends lines at U+2028/U+2029 only when asked (JavaScript)', () => {
    const text = 'a\u2028b\u2029c';
    expect(new LineIndex(text).position(4)).toEqual({ line: 1, column: 5 });
    expect(new LineIndex(text, { unicodeSeparators: true }).position(4)).toEqual({
      line: 3,
      column: 1,
    });
  });

  it('gives line starts for reading a line back', () => {
    const lines = new LineIndex('a\rbb\rc');
    expect(lines.lineStart(2)).toBe(2);
    expect(lines.lineStart(99)).toBe(5);
  });
});
