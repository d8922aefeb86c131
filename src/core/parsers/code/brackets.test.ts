import { describe, expect, it } from 'vitest';
import {
  findClosing,
  findEnclosingOpen,
  findExpressionEnd,
  findOpening,
  findRecoveryEnd,
  splitTopLevel,
} from './brackets';
import { maskCode } from './mask';
import { readObjectEntries } from './objects';
import { readReceiver } from './receiver';

/** The receiver text before the last `.` of a snippet. */
const of = (s: string) => readReceiver(s, s.lastIndexOf('.'))?.text;

describe('brackets', () => {
  const text = 'f(a, [b, {c: (d)}], e)';

  it('pairs brackets and finds the enclosing one', () => {
    expect(findClosing(text, 1)).toBe(text.length - 1);
    expect(findOpening(text, text.indexOf(']'))).toBe(text.indexOf('['));
    expect(findEnclosingOpen(text, text.indexOf('d'))).toBe(text.indexOf('(d'));
    expect(findEnclosingOpen(text, 0)).toBe(-1);
    expect(findClosing('f(a', 1)).toBe(-1);
  });

  it('splits at top-level commas only', () => {
    const spans = splitTopLevel(text, 2, text.length - 1);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['a', '[b, {c: (d)}]', 'e']);
  });

  it('ends an expression at the line end unless an operator continues it', () => {
    const go = 'x = 90 *\n\ttime.Second\ny = 1';
    expect(go.slice(4, findExpressionEnd(go, 4, false))).toBe('90 *\n\ttime.Second');
    const chain = 'a = b\n  .c()\nd';
    expect(chain.slice(4, findExpressionEnd(chain, 4, false))).toBe('b\n  .c()');
  });

  it('recovers an unterminated literal at the next line indented like its opener', () => {
    const broken = '\tsrv := &http.Server{\n\t\tA: 1,\n\n\ttr := x\n';
    expect(broken.slice(0, findRecoveryEnd(broken, broken.indexOf('{')))).toBe(
      '\tsrv := &http.Server{\n\t\tA: 1,\n',
    );
  });
});

describe('objects and receivers', () => {
  it('reads identifier, quoted and shorthand keys', () => {
    const source = `x({ keepAlive: true, 'timeout': 5_000, "k-2": 1, keepAliveTimeout, ...rest })`;
    const masked = maskCode(source, 'js');
    const { entries, close } = readObjectEntries(source, masked, source.indexOf('{'));
    expect(close).toBe(source.lastIndexOf('}'));
    expect(entries.map((e) => [e.key, source.slice(e.value.start, e.value.end)])).toEqual([
      ['keepAlive', 'true'],
      ['timeout', '5_000'],
      ['k-2', '1'],
      ['keepAliveTimeout', 'keepAliveTimeout'],
    ]);
  });

  it('reads receivers with member chains and calls', () => {
    expect(of('  s.http.IdleTimeout')).toBe('s.http');
    expect(of('x = app.getHttpServer().keepAliveTimeout')).toBe('app.getHttpServer()');
    expect(of('http.DefaultTransport.(*http.Transport).IdleConnTimeout')).toBe(
      'http.DefaultTransport.(*http.Transport)',
    );
    expect(of('\n  .evictIdleConnections')).toBeUndefined();
  });
});
