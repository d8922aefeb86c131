import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types (the benchmark's generator)
import { generateBigNginx } from '../../scripts/gen-big-nginx.mjs';
import { createFakeIo } from './fake-io';
import { run } from './main';

const fixtures = fileURLToPath(new URL('../core/parsers/', import.meta.url));

/** Every input file of every parser's fixtures, by name. */
function fixtureFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const format of readdirSync(fixtures)) {
    const dir = join(fixtures, format, '__fixtures__');
    let cases: string[];
    try {
      cases = readdirSync(dir);
    } catch {
      continue;
    }
    for (const c of cases)
      for (const f of readdirSync(join(dir, c), { recursive: true, encoding: 'utf8' })) {
        const path = join(dir, c, f);
        if (!f.split('/').pop()?.startsWith('expected') && statSync(path).isFile())
          out[`${format}/${c}/${f}`] = readFileSync(path, 'utf8');
      }
  }
  return out;
}

/** `extract` as compact JSON (written in pieces) and as --pretty JSON (one string). */
async function both(files: Record<string, string>, names: string[]) {
  const compact = createFakeIo(files);
  let pieces = 0;
  compact.stdout = (t) => {
    pieces++;
    compact.out += t;
  };
  const codeCompact = await run(['extract', ...names], compact);
  const pretty = createFakeIo(files);
  const codePretty = await run(['extract', '--pretty', ...names], pretty);
  return { compact: compact.out, pretty: pretty.out, pieces, codeCompact, codePretty };
}

describe('extract --format json written in pieces', () => {
  it('is the text JSON.stringify gives, for every parser fixture', async () => {
    const files = fixtureFiles();
    const names = Object.keys(files);
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) {
      const r = await both(files, [name]);
      expect(r.compact, name).toBe(`${JSON.stringify(JSON.parse(r.pretty))}\n`);
      expect(r.codeCompact, name).toBe(r.codePretty);
    }
  });

  it('is the same text for several files given together', async () => {
    const files = fixtureFiles();
    const names = Object.keys(files)
      .filter((n) => n.startsWith('nginx/'))
      .slice(0, 12);
    const r = await both(files, names);
    expect(JSON.parse(r.compact).files).toHaveLength(names.length);
    expect(r.compact).toBe(`${JSON.stringify(JSON.parse(r.pretty))}\n`);
  });

  it('reaches the reader in pieces while a large file is still being listed', async () => {
    const text = generateBigNginx({ upstreams: 20, servers: 400 }) as string;
    const r = await both({ 'nginx.conf': text }, ['nginx.conf']);
    expect(r.compact).toBe(`${JSON.stringify(JSON.parse(r.pretty))}\n`);
    expect(r.compact.length).toBeGreaterThan(4 * 65_536);
    expect(r.pieces).toBeGreaterThanOrEqual(3);
  });
});
