export {
  CHAT_SAFE_URL_CHARS,
  MAX_FRAGMENT_CHARS,
  decodeShareDocument,
  decodeShareState,
  encodeShareState,
} from './codec';
export { checkChainAgainstCatalog } from './catalog-check';
export { SHARE_VERSION } from './migrate';
export type { ShareDocument } from './versions/v1';
export { chainToShareJson } from './chain-json';
export { readShareJson, type DecodedShare } from './read-share-json';
