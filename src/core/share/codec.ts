import type { Chain } from '../model/chain';
import { err, ok, type Result } from '../model/result';
import type { SourceFile } from '../parsers/types';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { deflateRaw, inflateRaw } from './compress';
import { SHARE_VERSION, checkShareVersion } from './migrate';
import { readShareJson, type DecodedShare } from './read-share-json';
import type { ShareDocument } from './versions/v1';
import { toShareV2 } from './versions/v2';

/** Longest fragment we try to read (characters); real chains are well under 2 000. */
export const MAX_FRAGMENT_CHARS = 3_000_000;
/** Largest JSON a fragment may inflate to. */
const MAX_JSON_BYTES = 4_000_000;
/** Links longer than this get cut or refused by chat tools and some browsers' address bars. */
export const CHAT_SAFE_URL_CHARS = 2_000;

/**
 * The fragment (without '#') that opens exactly `chain`: `v1.` + base64url of the raw-deflated
 * JSON of only what the chain sets. Raw config text goes in only when passed as `sources`
 * (the user's explicit opt-in). Works in browsers and in Node ≥ 18 (CompressionStream).
 */
export async function encodeShareState(
  chain: Chain,
  options: { sources?: readonly SourceFile[] } = {},
): Promise<string> {
  const doc: ShareDocument = options.sources ? { chain, sources: [...options.sources] } : { chain };
  const json = JSON.stringify(toShareV2(doc));
  const packed = await deflateRaw(new TextEncoder().encode(json));
  return `v${SHARE_VERSION}.${encodeBase64Url(packed)}`;
}

/**
 * Reads a fragment into the chain and any shared config text (`repairs` says what was shortened
 * to fit CHAIN_LIMITS, for links older versions made past them). Never throws.
 */
export async function decodeShareDocument(fragment: string): Promise<Result<DecodedShare>> {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > MAX_FRAGMENT_CHARS) return err('The link is too long to be a chain.');
  const m = /^v(\d{1,4})\.(.*)$/s.exec(text);
  if (!m) return err('The link does not hold a chain (expected #v1.…).');
  const version = Number(m[1]);
  const known = checkShareVersion(version);
  if (!known.ok) return err(`The link cannot be opened: ${known.error}.`);
  const bytes = decodeBase64Url(m[2] ?? '');
  if (!bytes.ok) return err(`The link ${bytes.error}: it may have been cut off when copied.`);
  const inflated = await inflateRaw(bytes.value, MAX_JSON_BYTES);
  if (!inflated.ok) return err(`The link ${inflated.error}: it may have been cut off when copied.`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.value));
  } catch {
    return err('The link is damaged: its content is not readable JSON.');
  }
  const read = readShareJson(version, json, 'the link');
  return read.ok ? read : err(`The link cannot be opened: ${read.error}.`);
}

/** Reads a fragment (with or without '#') into a chain. Never throws. */
export async function decodeShareState(fragment: string): Promise<Result<Chain>> {
  const doc = await decodeShareDocument(fragment);
  return doc.ok ? ok(doc.value.chain) : doc;
}
