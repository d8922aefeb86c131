import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLogs } from './decode';
import type { DecodeHop } from './hops';
import { matchLine } from './match';

/**
 * The corpus: per source, lines written from the format's documentation with the meaning and hop
 * worked out by hand (`meaning: null` = not recognised; `"ok"` = traffic, not listed).
 */
interface CorpusCase {
  line: string;
  meaning: string | null;
  race?: boolean | 'maybe';
  hop?: number | null;
}
interface Corpus {
  about: string;
  chain: string[];
  cases: CorpusCase[];
}

const DIR = join(__dirname, '__corpus__');
const corpora = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, corpus: JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Corpus }));

/** A straight chain of technologies: hop i joins techs[i] and techs[i + 1]. */
const hopsOf = (techs: readonly string[]): DecodeHop[] =>
  techs.slice(1).map((server, i) => ({
    index: i,
    client: { node: `n${i}`, tech: techs[i] ?? '', techs: [techs[i] ?? ''] },
    server: { node: `n${i + 1}`, tech: server, techs: [server] },
  }));

describe('decode corpus', () => {
  it('has at least 8 lines per source', () => {
    expect(corpora.length).toBeGreaterThanOrEqual(11);
    for (const { file, corpus } of corpora)
      expect(corpus.cases.length, file).toBeGreaterThanOrEqual(8);
  });

  for (const { file, corpus } of corpora)
    describe(file, () => {
      const hops = hopsOf(corpus.chain);
      corpus.cases.forEach((c, i) => {
        it(`line ${i + 1}: ${c.meaning ?? 'not recognised'}`, () => {
          const p = matchLine(c.line);
          expect(p?.meaning ?? null, c.line).toBe(c.meaning);
          if (c.meaning === null || c.meaning === 'ok') return;
          const report = decodeLogs([{ name: file, text: c.line }], hops);
          const [decoded] = report.lines;
          expect(decoded?.race).toBe(c.race);
          expect(decoded?.hop?.index ?? null).toBe(c.hop ?? null);
        });
      });
    });
});
