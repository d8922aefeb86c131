import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseNginx } from './index';
import { argumentSpans, buildTree } from './tree';

/** The text each diagnostic of `code` underlines. */
function underlined(text: string, code: string): string[] {
  const file = { name: 'nginx.conf', text };
  return parseNginx(file, { files: [file] })
    .diagnostics.filter((d) => d.code === code)
    .map((d) => text.slice(d.span?.start ?? 0, d.span?.end ?? 0));
}

describe('the span of an argument a diagnostic is about', () => {
  it('underlines the argument, not the directive', () => {
    expect(underlined('http { keepalive_timeout 65x; }', 'NGINX_BAD_DURATION')).toEqual(['65x']);
    expect(
      underlined('upstream u { server a:1; keepalive 16 shared; }', 'NGINX_BAD_VALUE'),
    ).toEqual(['shared']);
    expect(
      underlined('location / { proxy_next_upstream error bogus timeout; }', 'NGINX_BAD_VALUE'),
    ).toEqual(['bogus']);
  });

  it('finds a quoted argument on the next line, past a comment', () => {
    const text = 'http {\n  keepalive_timeout 65s # header next\n    "10ms";\n}\n';
    expect(underlined(text, 'NGINX_BAD_DURATION')).toEqual(['"10ms"']);
  });

  it('reads an escaped argument where it is written', () => {
    const text = 'http { proxy_http_version "1\\".1"; }';
    expect(underlined(text, 'NGINX_BAD_VALUE')).toEqual(['"1\\".1"']);
  });

  it('agrees with the tree: argument i of every directive is the text it unescapes from', () => {
    const word = fc.stringMatching(/^[a-z0-9$._:/-]{1,8}$/);
    const quoted = word.map((w) => `"${w}"`);
    const directive = fc.tuple(
      fc.constantFrom('proxy_set_header', 'keepalive_timeout', 'listen', 'my_module'),
      fc.array(fc.oneof(word, quoted), { minLength: 1, maxLength: 4 }),
      fc.constantFrom(' ', '  ', '\t', ' \n    ', ' # note\n  '),
    );
    fc.assert(
      fc.property(fc.array(directive, { minLength: 1, maxLength: 6 }), (list) => {
        const text = list.map(([name, args, gap]) => `${name} ${args.join(gap)};`).join('\n');
        for (const d of buildTree(text, 'f').directives) {
          const spans = argumentSpans(text, d.start, d.args.length);
          expect(spans).toHaveLength(d.args.length);
          d.args.forEach((arg, i) => {
            const raw = text.slice(spans[i]?.start, spans[i]?.end);
            expect(raw.replace(/^"(.*)"$/s, '$1')).toBe(arg);
          });
        }
      }),
    );
  });

  it('stops at the end of the directive', () => {
    expect(argumentSpans('keepalive 16;', 0, 1)).toEqual([{ start: 10, end: 12 }]);
    expect(argumentSpans('keepalive 16; server a;', 0, 3)).toEqual([{ start: 10, end: 12 }]);
  });

  it('finds the spans of many bad flags of one directive in one pass', () => {
    const text = `location / { proxy_next_upstream ${'bogus '.repeat(50_000)}; }`;
    const started = performance.now();
    const found = underlined(text, 'NGINX_BAD_VALUE');
    // Three flags named, the fourth stands for the rest; each underlines the word itself.
    expect(found).toEqual(['bogus', 'bogus', 'bogus', 'bogus']);
    const file = { name: 'nginx.conf', text };
    const last = parseNginx(file, { files: [file] }).diagnostics.findLast(
      (d) => d.code === 'NGINX_BAD_VALUE',
    );
    expect(last?.message).toBe('and 49997 more unknown proxy_next_upstream flags');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
