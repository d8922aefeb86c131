import type { ChainNode, SettingScalar } from '../../model/chain';
import { resolveNode } from '../registry';
import type { ResolvedNode } from '../types';

/** A chain node with `settings` written explicitly in `test.conf` (line = position + 1). */
export function makeNode(
  tech: string,
  settings: Record<string, SettingScalar> = {},
  version?: string,
): ChainNode {
  const entries = Object.entries(settings).map(([key, value], i) => [
    key,
    { value, origin: { kind: 'explicit' as const, file: 'test.conf', line: i + 1, setting: key } },
  ]);
  return { id: 'n1', tech, ...(version ? { version } : {}), settings: Object.fromEntries(entries) };
}

/** Resolves a node for a test; throws when the technology is unknown (a test bug). */
export function resolveFor(
  tech: string,
  settings: Record<string, SettingScalar> = {},
  version?: string,
): ResolvedNode {
  const resolved = resolveNode(makeNode(tech, settings, version));
  if (!resolved) throw new Error(`unknown tech ${tech}`);
  return resolved;
}
