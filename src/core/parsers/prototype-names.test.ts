import { describe, expect, it } from 'vitest';
import { seedsFrom } from './testing/mutate';
import { PARSERS } from './registry';

/**
 * Words every JavaScript object answers to, written where a config has a directive, key or
 * setting name. A parser that looks user words up in a plain object table finds a function or
 * Object.prototype there and crashes (Apache's `__proto__`, nginx's `constructor / {`, an
 * ingress-nginx `constructor:` key all did). Every fixture of every format, each line's first
 * and last word replaced in turn, parsed by every parser fairly sure it is its format: none may throw.
 */
const SEEDS = seedsFrom(
  import.meta.glob<string>(['./*/__fixtures__/**/*', '!**/expected.json'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);
const NAMES = ['constructor', '__proto__'];
const WORD = /[A-Za-z_][\w-]*/g;
/** The first lines of each seed: the long hostile-size fixtures add time, not kinds of lines. */
const MAX_LINES = 120;

function* variants(text: string): Generator<string> {
  const lines = text.split('\n');
  for (let i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
    const line = lines[i] ?? '';
    const words = [...line.matchAll(WORD)];
    const picks = new Set([words[0], words[words.length - 1]].filter((w) => w !== undefined));
    for (const w of picks)
      for (const name of NAMES) {
        const at = w.index;
        lines[i] = line.slice(0, at) + name + line.slice(at + w[0].length);
        yield lines.join('\n');
      }
    lines[i] = line;
  }
}

describe('prototype names as config words', () => {
  it('has seeds from every format', () => expect(SEEDS.length).toBeGreaterThan(200));
  it.each(PARSERS.map((p) => [p.id, p] as const))(
    '%s never throws on them',
    (_id, parser) => {
      const failures: string[] = [];
      for (const seed of SEEDS) {
        if (parser.detect(seed.text, seed.name) < 0.5) continue;
        for (const text of variants(seed.text)) {
          const file = { name: seed.name, text };
          try {
            parser.parse(file, { files: [file] });
          } catch (e) {
            if (failures.length < 5) failures.push(`${seed.name}: ${(e as Error).message}`);
          }
        }
      }
      expect(failures).toEqual([]);
    },
    120_000,
  );
});
