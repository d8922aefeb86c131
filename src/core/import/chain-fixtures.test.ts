import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCheckWithExtract, readTree } from '../../cli/agreement-kit';
import { createFakeIo } from '../../cli/fake-io';
import { run } from '../../cli/main';
import { KNOWN_WRONG } from './chain-fixtures-known-wrong';
import { KINDS_SHORT_OF_MIN } from './chain-fixtures-kinds-short';
import { MIN_CASES_PER_KIND, MISTAKE_KINDS } from './mistake-kinds';

/**
 * Whole request paths from realistic config files (__fixtures__/chains/<behaviour>/), with the
 * values and verdicts worked out by hand from the technologies' docs before the tool ran
 * (chain.json). Each runs through the real CLI: `check --format json <inputs>`, and `extract` must
 * list every explicit value check used. Chains the tool still gets wrong are in KNOWN_WRONG with
 * the reason: their expectation stays right, and the test says so when they start passing.
 */

const DIR = join(__dirname, '__fixtures__/chains');

interface SideSpec {
  tech?: string;
  idleMs?: number | null;
  unknown?: string;
  reuse?: false;
}
interface ChainSpec {
  inputs: string[];
  verdicts: string[];
  sides: { hop: number; client: SideSpec; server: SideSpec }[];
  exit: 0 | 1 | 2;
  why: string;
  /** The mistake kinds (mistake-kinds.ts) this chain exercises. */
  kinds?: string[];
  /** Words check must print (stdout or stderr), e.g. the diagnostic that says why a file yields nothing. */
  mentions?: string[];
}
interface JsonSide {
  tech: string;
  idleMs?: number | null;
  unknown?: { expression: string };
}
interface JsonHop {
  verdict: string;
  reuse: boolean;
  client: JsonSide;
  server: JsonSide;
}

/** What of a side the spec pins down, read from check's JSON in the same shape. */
function observe(spec: SideSpec, side: JsonSide | undefined, reuse: boolean | undefined) {
  const seen: Record<string, unknown> = {};
  if (spec.tech !== undefined) seen['tech'] = side?.tech;
  if (spec.reuse === false) seen['reuse'] = reuse === false ? false : reuse;
  else if (spec.unknown !== undefined) {
    const expression = side?.unknown?.expression ?? '';
    seen['unknown'] = expression.includes(spec.unknown) ? spec.unknown : expression;
  } else if ('idleMs' in spec)
    seen['idleMs'] = side?.unknown ? `unknown ${side.unknown.expression}` : side?.idleMs;
  return seen;
}

async function runChain(name: string) {
  const dir = join(DIR, name);
  const spec = JSON.parse(readFileSync(join(dir, 'chain.json'), 'utf8')) as ChainSpec;
  const files = readTree(dir, ['chain.json']);
  const io = createFakeIo(files);
  const code = await run(['check', '--format', 'json', ...spec.inputs], io);
  const hops = code === 2 ? [] : (JSON.parse(io.out) as { hops: JsonHop[] }).hops;
  return { spec, files, code, hops, err: io.err, out: io.out };
}

const chains = readdirSync(DIR).filter((d) => statSync(join(DIR, d)).isDirectory());

describe('realistic chains: check gives the hand-worked values and verdicts', () => {
  it('has a realistic set', () => expect(chains.length).toBeGreaterThanOrEqual(25));
  it('lists only existing chains as known wrong', () =>
    expect(Object.keys(KNOWN_WRONG).filter((k) => !chains.includes(k))).toEqual([]));

  it.each(chains)('%s', async (name) => {
    const { spec, code, hops, err, out } = await runChain(name);
    const got: Record<string, unknown> = {
      exit: code,
      verdicts: hops.map((h) => h.verdict),
      sides: spec.sides.map((s) => ({
        hop: s.hop,
        client: observe(s.client, hops[s.hop]?.client, hops[s.hop]?.reuse),
        server: observe(s.server, hops[s.hop]?.server, hops[s.hop]?.reuse),
      })),
    };
    const printed = `${out}\n${err}`;
    got['mentions'] = (spec.mentions ?? []).map((m) => (printed.includes(m) ? m : `missing: ${m}`));
    const want = {
      exit: spec.exit,
      verdicts: spec.verdicts,
      sides: spec.sides,
      mentions: spec.mentions ?? [],
    };
    const reason = KNOWN_WRONG[name];
    if (reason === undefined) expect(got, err).toEqual(want);
    else
      expect(got, `${name} now passes: remove it from KNOWN_WRONG (${reason})`).not.toEqual(want);
  });
});

describe('realistic chains: extract lists every value check used', () => {
  it.each(chains)('%s', async (name) => {
    const { spec, files } = await runChain(name);
    const a = await compareCheckWithExtract(files, spec.inputs);
    expect(a.missing).toEqual([]);
  });
});

describe('realistic chains: every kind of mistake has its cases', () => {
  const specs = chains.map(
    (name) => JSON.parse(readFileSync(join(DIR, name, 'chain.json'), 'utf8')) as ChainSpec,
  );
  const counts = new Map<string, number>(Object.keys(MISTAKE_KINDS).map((k) => [k, 0]));
  for (const spec of specs)
    for (const k of spec.kinds ?? []) counts.set(k, (counts.get(k) ?? 0) + 1);

  it('names only known kinds', () =>
    expect([...counts.keys()].filter((k) => !(k in MISTAKE_KINDS))).toEqual([]));
  it(`has at least ${MIN_CASES_PER_KIND} chains per kind, except those listed as short`, () => {
    const short = [...counts].filter(([, n]) => n < MIN_CASES_PER_KIND).map(([k]) => k);
    expect(short.sort()).toEqual(Object.keys(KINDS_SHORT_OF_MIN).sort());
  });
});
