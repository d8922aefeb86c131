import { describe, expect, it } from 'vitest';
import { lexHcl } from './lexer';

const kinds = (text: string) => lexHcl(text).tokens.map((t) => `${t.kind}:${t.text}`);

describe('lexHcl', () => {
  it('drops all three comment styles and keeps newlines', () => {
    expect(kinds('a = 1 # x\n// y\n/* z\n */b = 2')).toEqual([
      'ident:a',
      'punct:=',
      'number:1',
      'newline:\n',
      'newline:\n',
      'ident:b',
      'punct:=',
      'number:2',
    ]);
  });

  it('keeps interpolations, nested strings and escapes inside one string token', () => {
    const t = lexHcl('x = "${lookup(m, "k}", "d")}-${var.y}\\"" \n').tokens;
    expect(t[2]).toMatchObject({ kind: 'string', text: '${lookup(m, "k}", "d")}-${var.y}\\"' });
    expect(t[3]?.kind).toBe('newline');
  });

  it('treats a heredoc as one opaque token', () => {
    const { tokens, problems } = lexHcl('u = <<-EOT\n  idle_timeout = 5\n  EOT\nv = 1');
    expect(tokens.map((t) => t.kind)).toEqual([
      'ident',
      'punct',
      'heredoc',
      'newline',
      'ident',
      'punct',
      'number',
    ]);
    expect(problems).toEqual([]);
  });

  it('reports unterminated strings, comments and heredocs with offsets', () => {
    expect(lexHcl('a = "x\nb = 1').problems).toEqual([
      { code: 'UNTERMINATED_STRING', offset: 4, message: expect.any(String) },
    ]);
    expect(lexHcl('a /* x').problems.map((p) => p.code)).toEqual(['UNTERMINATED_COMMENT']);
    expect(lexHcl('a = <<EOT\nx\n').problems.map((p) => p.code)).toEqual(['UNTERMINATED_HEREDOC']);
  });

  it('reads multi-character operators as one token', () => {
    expect(kinds('a == b ? c : d...')).toContain('punct:==');
    expect(kinds('a == b ? c : d...')).toContain('punct:...');
  });
});
