import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { splitDocument } from './split';

/** Lines a document or a config is made of: fences, prose, headings, config, comments, CRLF. */
const line = fc.oneof(
  fc.constantFrom(
    '```',
    '```nginx',
    '~~~yaml',
    '````',
    '    indented code;',
    'This is a sentence of prose.',
    'Go Server',
    'keepalive_timeout 65s;',
    'server:',
    'http {',
    '}',
    '/**',
    ' */',
    '"""',
    '# A comment sentence.',
    "cat > /etc/nginx/conf.d/app.conf <<'EOF'",
    'tee a.conf <<-EOF <<B',
    'x << EOF',
    'EOF',
    '\tEOF',
    'B',
    '',
  ),
  fc.string({ maxLength: 30 }),
);
const text = fc
  .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([ls, eol]) => ls.join(eol));

describe('splitDocument properties', () => {
  test.prop([text, fc.constantFrom('README.md', 'notes.txt', 'nginx.conf')])(
    'never throws; snippets lie inside the text, in order, on whole lines',
    (t, name) => {
      const split = splitDocument(t, name);
      let after = 0;
      for (const s of split?.snippets ?? []) {
        expect(s.start).toBeGreaterThanOrEqual(after);
        expect(s.end).toBeGreaterThanOrEqual(s.start);
        expect(s.end).toBeLessThanOrEqual(t.length);
        expect(s.firstLine).toBeLessThanOrEqual(s.lastLine);
        // A snippet starts at a line start.
        expect(s.start === 0 || '\r\n'.includes(t[s.start - 1] ?? '')).toBe(true);
        after = s.end;
      }
      // A script around heredocs lies inside the text; its holes inside it, in order.
      for (const s of split?.scripts ?? []) {
        let at = s.start;
        for (const h of s.holes ?? []) {
          expect(h.start).toBeGreaterThanOrEqual(at);
          expect(h.end).toBeLessThanOrEqual(s.end);
          at = h.end;
        }
      }
    },
  );

  it('takes time linear in the text (32× the text within 64× the time)', () => {
    const unit = [
      'Here is the proxy config.',
      '```nginx',
      'keepalive_timeout 65s;',
      '```',
      'Go Server',
      'srv := &http.Server{}',
      'A sentence ends here.',
      '    indented;',
      '',
    ].join('\n');
    const time = (n: number) => {
      const t = unit.repeat(n);
      const t0 = performance.now();
      for (let i = 0; i < 5; i++) splitDocument(t, 'a.md');
      return performance.now() - t0;
    };
    time(50);
    const small = Math.max(time(200), 1);
    expect(time(6400) / small).toBeLessThan(64);
  });

  it('reads pathological lines quickly', () => {
    for (const t of [
      '`'.repeat(100_000),
      ' '.repeat(100_000),
      '{'.repeat(100_000),
      'a '.repeat(50_000) + '.',
      '"""\n'.repeat(25_000),
      'x << EOF\n'.repeat(25_000),
      'cat > a <<EOF\nEOF\n'.repeat(25_000),
      '<<'.repeat(50_000),
    ]) {
      const t0 = performance.now();
      splitDocument(t, 'x.txt');
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});
