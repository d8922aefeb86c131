import type { Chain } from '../model/chain';
import { toShareV2 } from './versions/v2';

/** The chain as plain JSON in the v1 share shape (no compression): for local saves. */
export function chainToShareJson(chain: Chain): unknown {
  return toShareV2({ chain });
}
