import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFakeIo } from './fake-io';
import { loadChainInputs } from './inputs';
import { run } from './main';

const PARSERS_DIR = join(__dirname, '../core/parsers');

/** The files below `dir` by relative path, leaving out the expectations. */
function readTree(dir: string, prefix: string, out: Record<string, string>): void {
  for (const f of readdirSync(dir)) {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) readTree(path, `${prefix}${f}/`, out);
    else if (f !== 'expected.json') out[`${prefix}${f}`] = readFileSync(path, 'utf8');
  }
}

/** Every fixture folder of every parser, with its input files (all but expected.json). */
function listFixtures(): { name: string; files: Record<string, string> }[] {
  const out: { name: string; files: Record<string, string> }[] = [];
  for (const format of readdirSync(PARSERS_DIR)) {
    const dir = join(PARSERS_DIR, format, '__fixtures__');
    if (!statSync(join(PARSERS_DIR, format)).isDirectory()) continue;
    let cases: string[] = [];
    try {
      cases = readdirSync(dir);
    } catch {
      continue;
    }
    for (const c of cases) {
      const files: Record<string, string> = {};
      readTree(join(dir, c), '', files);
      out.push({ name: `${format}/${c}`, files });
    }
  }
  return out;
}

interface Listed {
  name: string;
  ms?: number | null;
  count?: number | null;
  value?: unknown;
  unknown?: { expression: string };
  origin: string;
}

const valueOf = (s: Listed) =>
  s.unknown ? { unknown: s.unknown.expression } : (s.ms ?? s.count ?? s.value ?? null);

describe('check and extract read every fixture the same way (one import pipeline)', () => {
  const fixtures = listFixtures();
  it('has fixtures to compare', () => expect(fixtures.length).toBeGreaterThan(100));
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_, fixture) => {
    const names = Object.keys(fixture.files);
    const io = createFakeIo(fixture.files);
    const code = await run(['extract', '--format', 'json', ...names], io);
    const extracted = JSON.parse(io.out) as {
      files: { file: string; nodes: { settings: Listed[] }[] }[];
    };
    const loaded = await loadChainInputs(names, createFakeIo(fixture.files));
    const listedNodes = extracted.files.flatMap((f) => f.nodes);
    if (!loaded.ok) {
      // check refuses only what extract found nothing in, or an unreadable file.
      expect(listedNodes.length === 0 || code === 1, loaded.error).toBe(true);
      return;
    }
    // Every value check uses was listed by extract for the same file, with the same value.
    for (const node of loaded.value.chain.nodes)
      for (const [key, input] of Object.entries(node.settings)) {
        if (input.origin.kind !== 'explicit') continue;
        const listed = listedNodes.flatMap((n) => n.settings).filter((s) => s.name === key);
        const value =
          typeof input.value === 'object' && input.value !== null
            ? { unknown: input.value.unknown }
            : input.value;
        expect(listed.map(valueOf), `${key} of ${node.tech} is listed by extract`).toContainEqual(
          value,
        );
      }
  });
});
