import type { ChainNode } from '../../core/model/chain';
import { err, ok, type Result } from '../../core/model/result';
import { findCloseMatches } from '../../core/chain-file';
import { findTech, parseTechRef, TECHS } from '../../core/catalog/registry';

/**
 * A node at its defaults from `tech:<id>[@version]` (the part after `tech:`). An unknown id fails
 * with the closest ids; a version the catalog does not list is accepted with a note.
 */
export function readTechRef(ref: string): Result<{ node: Omit<ChainNode, 'id'>; note?: string }> {
  const { id, version } = parseTechRef(ref.trim());
  const tech = findTech(id);
  if (!tech) {
    const close = findCloseMatches(
      id,
      TECHS.map((t) => t.id),
    );
    const hint =
      close.length > 0
        ? `did you mean ${close.join(', ')}?`
        : `known: ${TECHS.map((t) => t.id).join(', ')}`;
    return err(`unknown technology "${id}" in tech:${ref} (${hint})`);
  }
  const node = { tech: id, settings: {}, ...(version ? { version } : {}) };
  if (version && !tech.versions.includes(version))
    return ok({
      node,
      note: `tech:${ref}: ${version} is not a listed ${id} version (${tech.versions.join(', ')}); defaults are taken by version range`,
    });
  return ok({ node });
}
