import * as v from 'valibot';
import type { Chain } from '../model/chain';
import { err, type Result } from '../model/result';
import { checkChainAgainstCatalog } from './catalog-check';
import { ShareV1, fromShareV1, toShareV1 } from './versions/v1';

/** The chain as plain JSON in the v1 share shape (no compression): for local saves. */
export function chainToShareJson(chain: Chain): unknown {
  return toShareV1({ chain });
}

/** Validates JSON written by `chainToShareJson` (a local save that may be stale or corrupt). */
export function chainFromShareJson(json: unknown): Result<Chain> {
  const parsed = v.safeParse(ShareV1, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return err(`${v.getDotPath(issue) ?? 'chain'}: ${issue.message}`);
  }
  return checkChainAgainstCatalog(fromShareV1(parsed.output).chain);
}
