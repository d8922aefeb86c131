import { describe, expect, it } from 'vitest';
import { lexNginx, unescapeNginx } from './lexer';

const kinds = (text: string) => lexNginx(text).tokens.map((t) => `${t.kind}:${t.value}`);

describe('lexNginx', () => {
  it('splits a directive into words and a semicolon with offsets', () => {
    const { tokens, diagnostics } = lexNginx('keepalive_timeout 65s;\n');
    expect(diagnostics).toEqual([]);
    expect(tokens.map((t) => [t.kind, t.value, t.start, t.end])).toEqual([
      ['word', 'keepalive_timeout', 0, 17],
      ['word', '65s', 18, 21],
      ['semi', ';', 21, 22],
    ]);
  });

  it('unescapes quoted strings and keeps their source range', () => {
    const { tokens } = lexNginx(`add_header X "a \\"b\\" c" 'it\\'s';`);
    expect(tokens[2]).toMatchObject({ kind: 'string', value: 'a "b" c', start: 13, end: 24 });
    expect(tokens[3]).toMatchObject({ kind: 'string', value: "it's" });
  });

  it('keeps ${var} braces inside a word', () => {
    expect(kinds('return 301 https://${host}$request_uri;')).toEqual([
      'word:return',
      'word:301',
      'word:https://${host}$request_uri',
      'semi:;',
    ]);
  });

  it('treats # as a comment only at the start of a token', () => {
    expect(kinds('a#b c; # keepalive_timeout 5;\nd;')).toEqual([
      'word:a#b',
      'word:c',
      'semi:;',
      'comment: keepalive_timeout 5;',
      'word:d',
      'semi:;',
    ]);
  });

  it('reads regex location arguments as words', () => {
    expect(kinds('location ~* \\.(gif|jpg)$ {')).toEqual([
      'word:location',
      'word:~*',
      'word:\\.(gif|jpg)$',
      'open:{',
    ]);
  });

  it('skips a Lua block body as one opaque token, braces in strings and comments included', () => {
    const text = 'content_by_lua_block { local t = {a = "}"} -- }\n ngx.say([[ } ]]) }\nnext;';
    const { tokens, diagnostics } = lexNginx(text);
    expect(diagnostics).toEqual([]);
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'opaque', 'word', 'semi']);
    expect(tokens[1]?.end).toBe(text.indexOf('\nnext'));
    expect(tokens[2]).toMatchObject({ value: 'next', lineStart: true });
  });

  it('lets set_by_lua_block take an argument before its body', () => {
    expect(kinds('set_by_lua_block $x { return "{" } y;').map((k) => k.split(':')[0])).toEqual([
      'word',
      'word',
      'opaque',
      'word',
      'semi',
    ]);
  });

  it('reports an unclosed Lua block', () => {
    const { diagnostics } = lexNginx('access_by_lua_block { if x then');
    expect(diagnostics.map((d) => [d.code, d.start])).toEqual([['NGINX_UNCLOSED_BLOCK', 20]]);
  });

  it('ends a string never closed at its line so later lines still lex', () => {
    const { tokens, diagnostics } = lexNginx("a 'open;\nkeepalive_timeout 5;\nb 'again;\n");
    expect(diagnostics.map((d) => [d.code, d.start, d.end])).toEqual([
      ['NGINX_UNTERMINATED_STRING', 2, 8],
      ['NGINX_UNTERMINATED_STRING', 32, 39],
    ]);
    expect(tokens.map((t) => t.value)).toEqual([
      'a',
      'open;',
      'keepalive_timeout',
      '5',
      ';',
      'b',
      'again;',
    ]);
  });

  it('ends a string at its line when it would swallow a directive up to the next quote', () => {
    const text = 'proxy_set_header Connection "close;\nkeepalive_timeout 65;\nadd_header X "y";\n';
    const { tokens, diagnostics } = lexNginx(text);
    expect(diagnostics.map((d) => [d.code, d.start, d.end])).toEqual([
      ['NGINX_UNTERMINATED_STRING', 28, 35],
    ]);
    expect(tokens.slice(2).map((t) => t.value)).toEqual([
      'close;',
      'keepalive_timeout',
      '65',
      ';',
      'add_header',
      'X',
      'y',
      ';',
    ]);
  });

  it('keeps a legitimately multi-line string whole', () => {
    const { tokens, diagnostics } = lexNginx(
      'content_by_lua \'\n  ngx.say("hi")\n  local x = 1;\n\';',
    );
    expect(diagnostics).toEqual([]);
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'string', 'semi']);
  });

  it('reports a character glued to a closing quote, and drops a ")" there like nginx', () => {
    expect(lexNginx('a "x"y;').diagnostics.map((d) => [d.code, d.start])).toEqual([
      ['NGINX_UNEXPECTED_CHARACTER', 5],
    ]);
    expect(kinds('if ($a = "b") {')).toEqual([
      'word:if',
      'word:($a',
      'word:=',
      'string:b',
      'open:{',
    ]);
  });

  it('marks tokens that start a line', () => {
    const { tokens } = lexNginx('a b\n  c;');
    expect(tokens.map((t) => t.lineStart)).toEqual([true, false, true, false]);
  });

  it('skips a byte-order mark and CRLF line ends', () => {
    expect(kinds('\uFEFFhttp {\r\n  a 1;\r\n}')).toEqual([
      'word:http',
      'open:{',
      'word:a',
      'word:1',
      'semi:;',
      'close:}',
    ]);
  });

  it('unescapes only nginx escapes', () => {
    expect(unescapeNginx('\\"\\t\\d\\\\')).toBe('"\t\\d\\');
  });
});
