import type { Chain } from '../model/chain';
import { toShareV1 } from './versions/v1';

/** The chain as plain JSON in the v1 share shape (no compression): for local saves. */
export function chainToShareJson(chain: Chain): unknown {
  return toShareV1({ chain });
}
