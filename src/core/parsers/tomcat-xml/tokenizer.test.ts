import { describe, expect, it } from 'vitest';
import { decodeEntities, tokenizeXml } from './tokenizer';

describe('tokenizeXml', () => {
  it('reads tags and attribute positions, skipping comments, PIs and CDATA', () => {
    const text = '<?xml version="1.0"?><!-- <A x="1"/> --><B y = \'2\' z="3"/><![CDATA[<C/>]]></B>';
    const { tokens, problems } = tokenizeXml(text);
    expect(problems).toEqual([]);
    expect(tokens.map((t) => `${t.kind}:${t.name}`)).toEqual(['open:B', 'close:B']);
    const b = tokens[0];
    if (b?.kind !== 'open') throw new Error('expected an open tag');
    expect(b.selfClosing).toBe(true);
    expect(b.attributes).toEqual([
      {
        name: 'y',
        nameStart: text.indexOf('y ='),
        value: '2',
        valueStart: text.indexOf("'2'") + 1,
      },
      { name: 'z', nameStart: text.indexOf('z='), value: '3', valueStart: text.indexOf('"3"') + 1 },
    ]);
  });

  it('recovers from a tag that never closes and goes on with the next one', () => {
    const { tokens, problems } = tokenizeXml('<A x="1"\n<B y="2"/>');
    expect(tokens.map((t) => t.name)).toEqual(['A', 'B']);
    expect(problems.map((p) => [p.code, p.offset])).toEqual([['UNTERMINATED_TAG', 0]]);
  });

  it('reports an unterminated comment and hides what follows', () => {
    const { tokens, problems } = tokenizeXml('<A/>\n<!-- <B/>');
    expect(tokens.map((t) => t.name)).toEqual(['A']);
    expect(problems.map((p) => p.code)).toEqual(['UNTERMINATED_COMMENT']);
  });

  it('accepts unquoted and valueless attributes with a problem for the former', () => {
    const { tokens, problems } = tokenizeXml('<A x=1 flag y="2"/>');
    const a = tokens[0];
    if (a?.kind !== 'open') throw new Error('expected an open tag');
    expect(a.attributes.map((x) => [x.name, x.value])).toEqual([
      ['x', '1'],
      ['flag', undefined],
      ['y', '2'],
    ]);
    expect(a.selfClosing).toBe(true);
    expect(problems.map((p) => p.code)).toEqual(['UNQUOTED_VALUE']);
  });

  it('flags duplicate attributes', () => {
    expect(tokenizeXml('<A x="1" x="2"/>').problems.map((p) => p.code)).toEqual([
      'DUPLICATE_ATTRIBUTE',
    ]);
  });

  it('skips a DOCTYPE with an internal subset', () => {
    const { tokens } = tokenizeXml('<!DOCTYPE S [ <!ENTITY t "1"> ]><S/>');
    expect(tokens.map((t) => t.name)).toEqual(['S']);
  });
});

describe('decodeEntities', () => {
  it('decodes predefined and numeric references, leaves unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &amp; &quot;&apos; &#54;&#x30; &nope;')).toBe(
      '<a> & "\' 60 &nope;',
    );
  });
  it('leaves names every object answers to as written', () => {
    expect(decodeEntities('&constructor; &toString; &__proto__;')).toBe(
      '&constructor; &toString; &__proto__;',
    );
  });
});
