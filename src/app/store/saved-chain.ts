import type { Chain } from '../../core/model/chain';
import { err, type Result } from '../../core/model/result';
import {
  SHARE_VERSION,
  chainToShareJson,
  readShareJson,
  type DecodedShare,
} from '../../core/share';

/**
 * A local save: `{ format: 'timeout-chain/chain@<share version>', savedAt, chain }`, the chain
 * in the share JSON of that version. Saves are read like links (migrate → validate → catalog
 * check), so every save any version wrote keeps loading.
 */
const FORMAT = /^timeout-chain\/chain@(\d{1,4})$/;

/** The text saved for `chain`, stamped with the time `now`. */
export function writeSavedChain(chain: Chain, now = new Date()): string {
  return JSON.stringify({
    format: `timeout-chain/chain@${SHARE_VERSION}`,
    savedAt: now.toISOString(),
    chain: chainToShareJson(chain),
  });
}

/** Reads a saved chain; an error says in words why it cannot be read. Never throws. */
export function readSavedChain(text: string): Result<DecodedShare> {
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return err('it is not JSON');
  }
  const { format, chain } = (envelope ?? {}) as { format?: unknown; chain?: unknown };
  const m = typeof format === 'string' ? FORMAT.exec(format) : null;
  if (!m) return err('it is not a Timeout Chain save');
  return readShareJson(Number(m[1]), chain, 'the save');
}
