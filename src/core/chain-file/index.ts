export { parseChainFile } from './parse';
export { serializeChainFile, type SerializeOptions } from './serialize';
export { looksLikeChainFile } from './detect';
export { defaultNodeIds } from './node-ids';
export { findCloseMatches, describeSuggestions } from './suggest';
export { CHAIN_CODES, type ChainCode } from './codes';
export { CHAIN_FILE_VERSION, type ChainFileResult, type ConfigImport } from './types';
