import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Diagnostic } from './diagnostic';
import { addPositionSpans } from './position-span';

const at = (line: number, column: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  code: 'X',
  severity: 'warning',
  message: 'm',
  line,
  column,
  file: 'f',
  ...extra,
});
const covered = (text: string, d: Diagnostic) => {
  const [out] = addPositionSpans([d], () => text);
  return out?.span ? text.slice(out.span.start, out.span.end) : undefined;
};

describe('spans for diagnostics placed by line and column', () => {
  const yaml = 'server:\n  tomcat:\n    keep-alive-timeout: 20x\n';
  it('covers the word at the position: a value, a key', () => {
    expect(covered(yaml, at(3, 25))).toBe('20x');
    expect(covered(yaml, at(3, 5))).toBe('keep-alive-timeout:');
  });
  it('covers a quoted value with its quotes', () => {
    expect(covered('idle_timeout = "4000"\n', at(1, 16))).toBe('"4000"');
  });
  it('runs to endLine/endColumn when the reader gave them', () => {
    expect(covered('a\nbcd\nef\n', at(2, 1, { endLine: 3, endColumn: 2 }))).toBe('bcd\ne');
  });
  it('works with CRLF line ends and stops before the line break', () => {
    expect(covered('a: 1\r\nb: 2x\r\n', at(2, 4))).toBe('2x');
  });
  it('keeps a span a reader set, and a diagnostic whose file text is not given', () => {
    const own = at(1, 1, { span: { file: 'f', start: 2, end: 3 } });
    expect(addPositionSpans([own], () => 'abcd')[0]).toBe(own);
    expect(addPositionSpans([at(1, 1)], () => undefined)[0]?.span).toBeUndefined();
  });
  it('clamps positions past the line or the file into the text', () => {
    expect(addPositionSpans([at(1, 99)], () => 'ab\ncd')[0]?.span).toEqual({
      file: 'f',
      start: 2,
      end: 3,
    });
    expect(addPositionSpans([at(7, 1)], () => 'ab\ncd')[0]?.span?.start).toBe(3);
  });
});

test.prop([
  fc.string({ maxLength: 200 }),
  fc.integer({ min: -3, max: 40 }),
  fc.integer({ min: -3, max: 300 }),
  fc.option(fc.tuple(fc.integer({ min: -3, max: 40 }), fc.integer({ min: -3, max: 300 }))),
])('a span always lies within the text, start before end', (text, line, column, end) => {
  const d = at(line, column, end ? { endLine: end[0], endColumn: end[1] } : {});
  const span = addPositionSpans([d], () => text)[0]?.span;
  expect(span).toBeDefined();
  if (!span) return;
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.start).toBeLessThanOrEqual(span.end);
  expect(span.end).toBeLessThanOrEqual(text.length);
});
