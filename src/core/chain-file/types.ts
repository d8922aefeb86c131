import type { Chain } from '../model/chain';
import type { Diagnostic } from '../source/diagnostic';

/** A `config:` entry of a chain-file node: a config file to import values from. */
export interface ConfigImport {
  /** Index of the node in `chain.nodes`. */
  nodeIndex: number;
  /** As written: relative to the chain file's folder. */
  path: string;
  /** Which extracted node to take when the file yields several (`server :8080`). */
  scope?: string;
  line: number;
  column: number;
}

export interface ChainFileResult {
  /** The chain as far as it could be read: bad entries are left out, never guessed. */
  chain: Chain;
  /** Config files to import; values written in the chain file override imported ones. */
  configs: ConfigImport[];
  diagnostics: Diagnostic[];
}

/** Current chain-file format version (`version: 1`). */
export const CHAIN_FILE_VERSION = 1;
