import * as v from 'valibot';
import { CHAIN_LIMITS, READ_LIMITS, type ChainLimits } from '../../model/chain-limits';
import {
  buildShareSchema,
  fromShareV1,
  toShareJson,
  type ShareDocument,
  type ShareJson,
} from './v1';

/**
 * Share format v2 (`v2.<base64url(deflate-raw(JSON))>`). FROZEN once published. v1 plus unknown
 * values and node parts: a setting's value may be `{u, r}` — written in a config but not
 * resolvable from the given files (`u`: the expression as written, `r`: why); a node may have a
 * client part `c: {t, v?, s?, k?}` (another technology in the same process). v1 JSON is valid v2
 * JSON.
 */
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));

function buildShareV2(limits: ChainLimits) {
  const Unknown = v.strictObject({ u: Text(limits.textValueChars), r: Text(limits.fixNoteChars) });
  const Scalar = v.union([
    v.pipe(v.number(), v.finite()),
    Text(limits.textValueChars),
    v.boolean(),
    v.null(),
    Unknown,
  ]);
  return buildShareSchema(limits, Scalar, true);
}

export const ShareV2 = buildShareV2(CHAIN_LIMITS);
/** v2 as older versions of the app could write it (past the caps they did not enforce). */
export const ShareV2AsWritten = buildShareV2(READ_LIMITS);

export const toShareV2 = (doc: ShareDocument): ShareJson => toShareJson(doc, true);
export const fromShareV2 = (json: ShareJson): ShareDocument => fromShareV1(json);
