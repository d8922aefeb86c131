import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createFakeIo } from './fake-io';
import { loadChainInputs } from './inputs';
import { run } from './main';

/** Test kit: the files of a fixture folder, and whether `check` and `extract` read them alike. */

/** The files below `dir` by relative path (`gateway/application.yml`), leaving out `skip`. */
export function readTree(
  dir: string,
  skip: readonly string[],
  prefix = '',
  out: Record<string, string> = {},
): Record<string, string> {
  for (const f of readdirSync(dir)) {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) readTree(path, skip, `${prefix}${f}/`, out);
    else if (!skip.includes(f)) out[`${prefix}${f}`] = readFileSync(path, 'utf8');
  }
  return out;
}

interface Listed {
  name: string;
  ms?: number | null;
  count?: number | null;
  value?: unknown;
  unknown?: { expression: string };
}

const valueOf = (s: Listed) =>
  s.unknown ? { unknown: s.unknown.expression } : (s.ms ?? s.count ?? s.value ?? null);

export interface Agreement {
  /** check could not build a chain from the inputs (its error), or undefined. */
  loadError?: string;
  /** How many nodes extract listed over all files. */
  listedNodes: number;
  /** extract's exit code. */
  extractCode: number;
  /** One line per explicit value check uses that extract did not list with the same value. */
  missing: string[];
}

/**
 * Runs `extract --format json` on the config files among `inputs` and loads the same inputs as
 * `check` does; lists every explicit value check would use that extract does not show.
 */
export async function compareCheckWithExtract(
  files: Record<string, string>,
  inputs: readonly string[],
): Promise<Agreement> {
  const names = inputs.filter((i) => !i.startsWith('tech:'));
  const io = createFakeIo(files);
  const extractCode = await run(['extract', '--format', 'json', ...names], io);
  const extracted = JSON.parse(io.out) as { files: { nodes: { settings: Listed[] }[] }[] };
  const listedNodes = extracted.files.flatMap((f) => f.nodes);
  const loaded = await loadChainInputs(inputs, createFakeIo(files));
  if (!loaded.ok)
    return { loadError: loaded.error, listedNodes: listedNodes.length, extractCode, missing: [] };
  const missing: string[] = [];
  for (const node of loaded.value.chain.nodes)
    for (const [key, input] of Object.entries(node.settings)) {
      if (input.origin.kind !== 'explicit') continue;
      const value =
        typeof input.value === 'object' && input.value !== null
          ? { unknown: input.value.unknown }
          : input.value;
      const listed = listedNodes
        .flatMap((n) => n.settings)
        .filter((s) => s.name === key)
        .map(valueOf);
      if (!listed.some((l) => JSON.stringify(l) === JSON.stringify(value)))
        missing.push(`${key} of ${node.tech} = ${JSON.stringify(value)} is not listed by extract`);
    }
  return { listedNodes: listedNodes.length, extractCode, missing };
}
