import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { analyzeChain } from '../analysis/engine';
import type { Chain } from '../model/chain';
import { ms } from '../model/duration';
import { formatCheckMarkdown } from './markdown';
import { escapeMarkdown, formatCodeBlock, formatCodeSpan } from './markdown-escape';

/** CommonMark's reading of backslash escapes: `\x` is `x` for ASCII punctuation. */
const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('escapeMarkdown', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 80 })], { numRuns: 2000 })(
    'reads back as the text itself, on one line',
    (text) => {
      const out = escapeMarkdown(text);
      expect(out).not.toMatch(/[\r\n]/);
      expect(unescape(out)).toBe(text.replace(/\r\n?|\n/g, ' ').trimStart());
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 80 })], { numRuns: 2000 })(
    'leaves no unescaped character that opens HTML, a link, emphasis or a table cell',
    (text) => {
      expect(escapeMarkdown(text)).not.toMatch(/(^|[^\\])(\\\\)*[<>[\]`*_|&]/);
    },
  );

  it('keeps a list item a plain paragraph', () => {
    expect(escapeMarkdown('- x')).toBe('\\- x');
    expect(escapeMarkdown('12. x')).toBe('12\\. x');
    expect(escapeMarkdown('<!-- hidden')).toBe('\\<!-- hidden');
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
  });
});

describe('formatCodeSpan and formatCodeBlock', () => {
  it('fence longer than any backtick run inside, padded when the text touches a backtick', () => {
    expect(formatCodeSpan('keepalive_timeout')).toBe('`keepalive_timeout`');
    expect(formatCodeSpan('a`b')).toBe('``a`b``');
    expect(formatCodeSpan('`a``')).toBe('``` `a`` ```');
    expect(formatCodeSpan('a|b', { inTable: true })).toBe('`a\\|b`');
  });

  it('a block that no line of the snippet can close', () => {
    expect(formatCodeBlock('x = 1\n```\ny', '  ')).toEqual([
      '  ````',
      '  x = 1',
      '  ```',
      '  y',
      '  ````',
    ]);
  });
});

describe('formatCheckMarkdown on hostile names', () => {
  const hostile: Chain = {
    nodes: [
      { id: 'alb', tech: 'aws-alb', label: '<!-- hide the rest', settings: {} },
      {
        id: 'api',
        tech: 'node-http-server',
        label: '[x](javascript:alert(1))',
        settings: {
          'server.keepAliveTimeout': {
            value: 5000,
            origin: {
              kind: 'explicit',
              file: 'a`b|c<img src=x>.js',
              line: 3,
              setting: 'keepAliveTimeout',
            },
          },
        },
      },
    ],
    links: [{ rttMs: ms(1) }],
  };
  const md = formatCheckMarkdown({
    chain: hostile,
    report: analyzeChain(hostile),
    notes: ['- <script>alert(1)</script> in **notes**'],
    diagnostics: [],
    failOn: 'risk',
  });

  it('shows labels, file names and notes as text, never as markup', () => {
    expect(md).toContain('\\<!-- hide the rest');
    expect(md).not.toMatch(/(^|[^\\])<!--/m);
    expect(md).not.toMatch(/(^|[^\\])\[x(\\)?\]\(javascript/m);
    expect(md).toContain('\\[x\\](javascript:alert(1))');
    expect(md).not.toMatch(/(^|[^\\])<(img|script)/m);
    expect(md).toContain('a\\`b\\|c\\<img src=x\\>.js:3');
    expect(md).toContain('- \\- \\<script\\>alert(1)\\</script\\> in \\*\\*notes\\*\\*');
  });

  it('keeps every table row at its six cells', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| 1 |'));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.split(/(?<!\\)\|/)).toHaveLength(8);
  });
});
