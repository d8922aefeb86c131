import { describe, expect, it } from 'vitest';
import { splitDocument } from './split';

const lines = (text: string, name = 'notes.txt') =>
  splitDocument(text, name)?.snippets.map((s) => [s.firstLine, s.lastLine, s.hint ?? '']);

describe('splitDocument: Markdown', () => {
  it('finds fenced blocks with their info strings as hints', () => {
    const text = [
      'We run nginx in front of the app.',
      '',
      '```nginx',
      'keepalive_timeout 65s;',
      '```',
      'And the app:',
      '~~~ yaml title="app"',
      'server:',
      '  port: 8080',
      '~~~',
    ].join('\n');
    expect(lines(text)).toEqual([
      [4, 4, 'nginx'],
      [8, 9, 'yaml'],
    ]);
  });

  it('keeps a shorter or other fence inside a block, and runs an unterminated fence to the end', () => {
    const text = [
      'Below is the doc.',
      '````markdown',
      '```nginx',
      'x;',
      '```',
      '````',
      'Then:',
      '```',
      'a: 1',
      'b: 2',
    ].join('\n');
    expect(lines(text)).toEqual([
      [3, 5, 'markdown'],
      [9, 10, ''],
    ]);
  });

  it('reads indented code after a blank line in a .md file', () => {
    const text = [
      '# Setup',
      '',
      'Set the timeout:',
      '',
      '    keepalive_timeout 65s;',
      '    keepalive_requests 100;',
      '',
      'Done.',
    ].join('\n');
    expect(lines(text, 'README.md')).toEqual([[5, 6, '']]);
  });

  it('a .md file with no code block is a document with no snippet', () =>
    expect(splitDocument('# Title\n\nSee the `<Connector>` table.\n', 'README.md')).toEqual({
      kind: 'markdown',
      snippets: [],
    }));

  it('a fence with no prose outside is not a document', () =>
    expect(splitDocument('```\nkeepalive_timeout 65s;\n```\n', 'x.conf')).toBeUndefined());

  it('reads CRLF line ends: offsets cover the block lines only', () => {
    const text = 'Our proxy config is below.\r\n```nginx\r\nkeepalive_timeout 65s;\r\n```\r\n';
    const [s] = splitDocument(text, 'c.txt')?.snippets ?? [];
    expect(s && text.slice(s.start, s.end)).toBe('keepalive_timeout 65s;');
  });
});

describe('splitDocument: plain-text articles', () => {
  const article = [
    'This is how we tuned our proxy.',
    'nginx Configuration',
    'http {',
    'keepalive_timeout 65s;',
    '}',
    'The app behind it keeps connections longer.',
    'Go Server',
    'srv := &http.Server{IdleTimeout: 75 * time.Second}',
  ].join('\n');

  it('splits runs of config lines at sentences and headings', () =>
    expect(lines(article)).toEqual([
      [3, 5, ''],
      [8, 8, ''],
    ]));

  it('does not take a line inside an open block for a heading', () => {
    const text = [
      'We use Apache here.',
      '<Directory /srv>',
      'Require all granted',
      '</Directory>',
      'And the app is below.',
      'KeepAliveTimeout 5',
    ].join('\n');
    expect(lines(text)).toEqual([
      [2, 4, ''],
      [6, 6, ''],
    ]);
  });

  it('needs two sentences and two runs', () => {
    expect(splitDocument('This is a sentence.\nkeepalive_timeout 65s;\n', 'a.txt')).toBeUndefined();
    expect(
      splitDocument('One sentence here.\nx: 1\nAnother sentence here.\n', 'a.txt'),
    ).toBeUndefined();
  });

  it('never takes comment lines or docstrings for prose', () => {
    const text = [
      '"""Gunicorn settings.',
      '',
      'Workers are set below.',
      'The timeout is above the balancer.',
      '"""',
      'keepalive = 75',
      'workers = 4',
    ].join('\n');
    expect(splitDocument(text, 'gunicorn.conf.py')).toBeUndefined();
  });
});
