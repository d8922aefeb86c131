import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { maskCode, type CodeLanguage } from './mask';

/** Shows the masked text with blanks as `·` so expectations are readable. */
const show = (text: string, lang: CodeLanguage) => maskCode(text, lang).replace(/ /g, '·');

describe('maskCode', () => {
  it('Go: comments, strings, raw strings and runes', () => {
    expect(show('a := "x//y" // c\nb := `r\n"q` /* z */ + \'"\'', 'go')).toBe(
      'a·:=·"····"·····\nb·:=·`·\n··`·········+·\'·\'',
    );
  });

  it('JS: template literals with nested expressions and strings', () => {
    expect(show("x = `a ${f('}')} b`; y = 1", 'js')).toBe(`x·=·\`${'·'.repeat(13)}\`;·y·=·1`);
    expect(show('s = `${`${1}`}`; z', 'js')).toBe(`s·=·\`${'·'.repeat(9)}\`;·z`);
  });

  it('JS: regex literals versus division', () => {
    expect(show("r = /'[/]x/g; d = a / b / c; e = '/'", 'js')).toBe(
      "r·=·/·····/g;·d·=·a·/·b·/·c;·e·=·'·'",
    );
  });

  it('Java: text blocks and char literals', () => {
    expect(show('s = """\n  a " b\n  """; c = \'"\';', 'java')).toBe(
      's·=·"""\n·······\n··""";·c·=·\'·\';',
    );
  });

  it('Python: comments, triple quotes, prefixes', () => {
    expect(show('k = 5  # keepalive = 2\nd = """x\n#y""" + f"{a}"', 'python')).toBe(
      'k·=·5·················\nd·=·"""·\n··"""·+·f"···"',
    );
  });

  it('shell: only word-initial # comments; quotes stay', () => {
    expect(show('CMD gunicorn "a#b" x#y # note\n# all', 'shell')).toBe(
      'CMD·gunicorn·"a#b"·x#y·······\n·····',
    );
  });

  it('unterminated strings end at the line end (single-line quotes)', () => {
    expect(show('a = "open\nb = 1', 'go')).toBe('a·=·"····\nb·=·1');
  });

  test.prop(
    [
      fc.string({ maxLength: 300 }),
      fc.constantFrom<CodeLanguage>('go', 'js', 'java', 'python', 'shell'),
    ],
    {
      numRuns: 3000,
    },
  )('keeps length and newlines', (text, lang) => {
    const masked = maskCode(text, lang);
    expect(masked.length).toBe(text.length);
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') expect(masked[i]).toBe('\n');
  });
});
